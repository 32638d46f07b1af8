/**
 * The concept thesaurus as data: every file is a well-formed bilingual concept, the thesaurus
 * passes the check the build and the ingest apply (links resolve, no cycle, links stated once, no
 * label shared by two concepts), and the tagger can index it.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConcepts } from '../../src/lib/ingest/content-store.ts';
import { buildConceptMatcher } from '../../src/lib/ingest/tag-concepts.ts';
import { checkThesaurus } from '../../src/lib/thesaurus/check-thesaurus.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
let concepts: ReturnType<typeof readConcepts>;

beforeAll(() => {
  concepts = readConcepts(contentDir);
});

const ALLOWED_KEYS = ['prefLabel', 'altLabels', 'hiddenLabels', 'definition', 'broader', 'related'];

describe('concept thesaurus', () => {
  it('has a concept for each core topic of the corpus', () => {
    const ids = concepts.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(50);
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

  it('passes the thesaurus check the build applies', () => {
    const thesaurus = concepts.map(({ id, data }) => ({
      ...data,
      id,
      altLabels: data.altLabels ?? {},
      broader: data.broader ?? [],
      related: data.related ?? [],
    }));
    expect(checkThesaurus(thesaurus)).toEqual([]);
    expect(() => buildConceptMatcher(concepts)).not.toThrow();
  });
});
