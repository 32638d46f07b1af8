/**
 * The curated legal entries against the fact sheet they are written from
 * (`content/sources/legal-facts.yaml`): every instrument has an entry that states the same facts,
 * shows doubtful facts only as precisely as they are known and says why, keeps its relations
 * symmetric, and has summaries in its own words rather than the fact sheet's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileModel, type LegalData } from '../../src/lib/content-model.ts';
import { readLegalInstruments } from '../../src/lib/ingest/content-store.ts';

interface Fact {
  id: string;
  kind: string;
  title_en: string;
  title_id: string;
  number: string | null;
  adopted: string | null;
  signed: string | null;
  in_force: string | null;
  relations: Array<{ type: string; target: string }> | null;
  official_urls: string[] | null;
  summary_en: string;
  summary_id: string;
  sources: string[];
  verified: boolean;
  notes?: string;
}

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const facts = parse(readFileSync(`${contentDir}/sources/legal-facts.yaml`, 'utf8')) as Fact[];
const factById = new Map(facts.map((fact) => [fact.id, fact]));
const entries = new Map(readLegalInstruments(contentDir).map(({ id, data }) => [id, data]));

/** The entry for a fact, failing the test when it is missing. */
function entryFor(fact: Fact): LegalData {
  const data = entries.get(fact.id);
  if (!data) throw new Error(`content/legal/${fact.id}.yaml is missing`);
  return data;
}

function uncertainFields(data: LegalData): string[] {
  return (data.uncertain ?? []).map(({ field }) => field);
}

/**
 * The fact sheet's Indonesian title without an editorial note about the translation
 * ("(terjemahan tidak resmi)", "- terjemahan tidak resmi", "(nama yang dipakai media; ...)"),
 * which belongs in `uncertain`, not in the title itself.
 */
function withoutTranslationNote(title: string): string {
  return title
    .replace(/\s*\([^()]*\b(?:terjemahan|nama yang dipakai)\b[^()]*\)\s*$/, '')
    .replace(/\s+-\s+terjemahan\b.*$/, '');
}

const SHARED_RUN = 8;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The first run of `SHARED_RUN` consecutive words that `text` shares with `source`, if any. */
function sharedRun(text: string, source: string): string | undefined {
  const sourceWords = words(source);
  const runs = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= sourceWords.length; i += 1) runs.add(sourceWords.slice(i, i + SHARED_RUN).join(' '));
  const textWords = words(text);
  for (let i = 0; i + SHARED_RUN <= textWords.length; i += 1) {
    const run = textWords.slice(i, i + SHARED_RUN).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

const DATE_FIELDS = [
  ['adopted', 'adopted'],
  ['signed', 'signed'],
  ['in_force', 'inForce'],
] as const;

/**
 * The fact sheet states some relations on both ends; the entries state each once, on the acting
 * instrument, and the inverse is derived (`src/lib/graph/inverse-links.ts`). A fact sheet inverse
 * type, and the stated type it is read back from.
 */
const STATED_AS: Record<string, string> = {
  amended_by: 'amends',
  replaced_by: 'replaces',
  ratified_by: 'ratifies',
};

/** The relations a fact states itself, without the inverses the entries leave to derivation. */
function statedRelations(fact: Fact): Array<{ type: string; target: string }> {
  return (fact.relations ?? []).filter(({ type }) => STATED_AS[type] === undefined);
}

const REGULATION_ID = /^(uu|perpres|pp|permenkominfo)-(\d+)-(\d{4})$/;
const CITATION_FORM: Record<string, string> = { uu: 'uu', perpres: 'perpres', pp: 'pp', permenkominfo: 'permen' };

describe('the helpers of this test', () => {
  it('finds a shared run of eight words and ignores case and punctuation', () => {
    expect(sharedRun('So: the Quick brown fox, jumps over the lazy dog!', 'the quick brown fox jumps over the lazy cat')).toBe(
      'the quick brown fox jumps over the lazy',
    );
    expect(sharedRun('the quick brown fox jumps over a lazy dog', 'the quick brown fox jumps over the lazy dog')).toBeUndefined();
  });

  it('strips only editorial translation notes from titles', () => {
    expect(withoutTranslationNote('Deklarasi X (terjemahan tidak resmi)')).toBe('Deklarasi X');
    expect(withoutTranslationNote('Konvensi Y (Konvensi Budapest) - terjemahan tidak resmi')).toBe('Konvensi Y (Konvensi Budapest)');
    expect(withoutTranslationNote('UU Z (Konvensi PBB Menentang Korupsi)')).toBe('UU Z (Konvensi PBB Menentang Korupsi)');
  });
});

describe('legal entries', () => {
  it('cover the whole fact sheet', () => {
    expect(facts.length).toBeGreaterThanOrEqual(36);
    const missing = facts.filter(({ id }) => !entries.has(id)).map(({ id }) => id);
    expect(missing).toEqual([]);
  });

  // References are plain ids here; that they name existing entries is checked below.
  it.each(facts.map((fact) => [fact.id, fact] as const))('%s validates against legalSchema', (_, fact) => {
    const result = fileModel.legalSchema.safeParse(entryFor(fact));
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s states the fact sheet facts', (_, fact) => {
    const data = entryFor(fact);
    expect(data.kind).toBe(fact.kind);
    expect(data.title.en).toBe(fact.title_en);
    if (data.title.id === fact.title_id) {
      expect(data.title.id).toBe(fact.title_id);
    } else {
      expect(data.title.id).toBe(withoutTranslationNote(fact.title_id));
      expect(uncertainFields(data), 'a dropped translation note must become a caveat').toContain('title.id');
    }
    expect(data.number).toBe(fact.number ?? undefined);
    expect(data.verified).toBe(fact.verified);
    expect(data.sources).toEqual(fact.sources);
    expect(data.officialUrls ?? []).toEqual(fact.official_urls ?? []);
    const relations = data.relations ?? [];
    expect(relations.filter(({ type }) => type !== 'part_of')).toEqual(statedRelations(fact));
    // The sheet has no relation for a meeting of a process; it names the meeting in the process's notes.
    for (const { target } of relations.filter(({ type }) => type === 'part_of')) expect(factById.get(target)?.notes ?? '', `${target}'s notes name ${fact.id}`).toContain(`see ${fact.id}`);
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s keeps dates, or reduces them only with a reason', (_, fact) => {
    const data = entryFor(fact);
    for (const [factField, field] of DATE_FIELDS) {
      const given = fact[factField];
      // Read as YAML 1.2, where a date stays a string.
      const written = data[field] as string | undefined;
      if (given === null) {
        expect(written, field).toBeUndefined();
      } else if (written !== given) {
        expect(written !== undefined && given.startsWith(written) && [4, 7].includes(written.length), `${field}: ${written}`).toBe(true);
        expect(uncertainFields(data), `reduced ${field} needs a caveat`).toContain(field);
      }
    }
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s gives a caveat in both languages where the fact sheet has doubts', (_, fact) => {
    const data = entryFor(fact);
    if (!fact.verified) expect(data.uncertain?.length ?? 0).toBeGreaterThan(0);
    for (const { field, note } of data.uncertain ?? []) {
      expect(note.id && note.en && note.id !== note.en, field).toBeTruthy();
    }
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s has a citation that agrees with its id and number', (_, fact) => {
    const data = entryFor(fact);
    const parts = REGULATION_ID.exec(fact.id);
    if (!parts) {
      expect(data.citation).toBeUndefined();
      return;
    }
    const [, form = '', number = '', year = ''] = parts;
    expect(data.citation).toEqual({ form: CITATION_FORM[form], number, year: Number(year) });
    expect(fact.number?.startsWith(`${number}/`)).toBe(true);
  });

  it.each(facts.map((fact) => [fact.id, fact] as const))('%s has its own summaries, not the fact sheet wording', (_, fact) => {
    const { summary } = entryFor(fact);
    // Summaries may be absent only for instruments ingested from their text, never for the fact sheet's.
    const id = summary?.id ?? '';
    const en = summary?.en ?? '';
    expect(id).not.toBe(en);
    for (const text of [id, en]) {
      expect(words(text).length).toBeGreaterThanOrEqual(25);
      for (const source of [fact.summary_en, fact.summary_id]) expect(sharedRun(text, source)).toBeUndefined();
    }
  });

  it('link only to entries that exist, and state every inverse of the fact sheet on the other end', () => {
    for (const fact of facts) {
      for (const { target } of entryFor(fact).relations ?? []) expect(entries.get(target), `${fact.id} -> ${target}`).toBeDefined();
      for (const { type, target } of fact.relations ?? []) {
        const stated = STATED_AS[type];
        if (stated) {
          expect(entries.get(target)?.relations ?? [], `${target} lacks ${stated} ${fact.id}`).toContainEqual({ type: stated, target: fact.id });
        }
      }
    }
  });

  it('never give one alias to two instruments', () => {
    const owner = new Map<string, string>();
    for (const fact of facts) {
      const { aliases } = entryFor(fact);
      for (const alias of new Set([...(aliases.id ?? []), ...(aliases.en ?? [])].map((a) => a.toLowerCase()))) {
        expect(owner.get(alias) ?? fact.id, `"${alias}"`).toBe(fact.id);
        owner.set(alias, fact.id);
      }
    }
  });
});
