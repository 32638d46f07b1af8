/**
 * The concept thesaurus as data: every file is a well-formed bilingual concept, every link points
 * at a concept that exists, the hierarchy is symmetric, and no label is shared by two concepts
 * (the tagger could not tell them apart).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConcepts } from '../../src/lib/ingest/content-store.ts';
import { buildConceptMatcher } from '../../src/lib/ingest/tag-concepts.ts';
import { normalizeForMatch } from '../../src/lib/text/normalize-for-match.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
let concepts: ReturnType<typeof readConcepts>;

beforeAll(() => {
  concepts = readConcepts(contentDir);
});

const ALLOWED_KEYS = ['prefLabel', 'altLabels', 'definition', 'broader', 'narrower', 'related'];

describe('concept thesaurus', () => {
  it('has a concept for each core topic of the corpus', () => {
    const ids = concepts.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    for (const id of ['cybercrime', 'online-scam', 'human-trafficking', 'transnational-crime', 'bilateral-cooperation', 'cyber-security']) {
      expect(ids).toContain(id);
    }
  });

  it('names every concept in kebab-case', () => {
    for (const { id } of concepts) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every concept labels and a definition in both languages, and nothing else', () => {
    for (const { id, data } of concepts) {
      expect(Object.keys(data).every((key) => ALLOWED_KEYS.includes(key)), id).toBe(true);
      for (const text of [data.prefLabel.id, data.prefLabel.en, data.definition.id, data.definition.en]) {
        expect(typeof text === 'string' && text.trim().length > 0, id).toBe(true);
      }
      expect(data.definition.id, id).not.toBe(data.definition.en);
      for (const list of [data.altLabels.id ?? [], data.altLabels.en ?? []]) {
        expect(list.every((label) => typeof label === 'string' && label.trim().length > 0), id).toBe(true);
      }
    }
  });

  it('links only to concepts that exist, never to itself', () => {
    const ids = new Set(concepts.map((c) => c.id));
    for (const { id, data } of concepts) {
      for (const target of [...(data.broader ?? []), ...(data.narrower ?? []), ...(data.related ?? [])]) {
        expect(ids.has(target), `${id} -> ${target}`).toBe(true);
        expect(target, id).not.toBe(id);
      }
    }
  });

  it('keeps broader and narrower symmetric, and related symmetric', () => {
    const byId = new Map(concepts.map((c) => [c.id, c.data]));
    for (const { id, data } of concepts) {
      for (const parent of data.broader ?? []) expect(byId.get(parent)?.narrower ?? [], `${parent} narrower`).toContain(id);
      for (const child of data.narrower ?? []) expect(byId.get(child)?.broader ?? [], `${child} broader`).toContain(id);
      for (const other of data.related ?? []) expect(byId.get(other)?.related ?? [], `${other} related`).toContain(id);
    }
  });

  it('has no cycle in the broader hierarchy', () => {
    const byId = new Map(concepts.map((c) => [c.id, c.data.broader ?? []]));
    const ancestors = (id: string, seen: Set<string>): void => {
      for (const parent of byId.get(id) ?? []) {
        expect(seen.has(parent), `cycle through ${parent}`).toBe(false);
        ancestors(parent, new Set([...seen, parent]));
      }
    };
    for (const { id } of concepts) ancestors(id, new Set([id]));
  });

  it('gives no label, after normalisation, to two concepts', () => {
    const owner = new Map<string, string>();
    for (const { id, data } of concepts) {
      const labels = [data.prefLabel.id, data.prefLabel.en, ...(data.altLabels.id ?? []), ...(data.altLabels.en ?? [])];
      for (const label of labels) {
        const key = normalizeForMatch(label);
        expect(owner.get(key) ?? id, `"${label}" in ${id} and ${owner.get(key)}`).toBe(id);
        owner.set(key, id);
      }
    }
    expect(() => buildConceptMatcher(concepts)).not.toThrow();
  });
});
