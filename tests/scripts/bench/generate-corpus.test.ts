/**
 * The benchmark corpus must be one the real build accepts: every entry valid under the content
 * model, every reference naming a bundled or generated target, every source file present, and
 * each entry tagged with what its text mentions.
 */
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileModel } from '../../../src/lib/content-model.ts';
import { isHandEdited, parseEntryFile, sha256 } from '../../../src/lib/ingest/entry-file.ts';
import { readCorpusVocabulary } from '../../../scripts/bench/corpus-vocabulary.ts';
import { corpusShares, generateCorpus } from '../../../scripts/bench/generate-corpus.ts';

const vocabulary = readCorpusVocabulary(fileURLToPath(new URL('../../../content', import.meta.url)));
const SIZE = 40;
const corpus = generateCorpus(SIZE, vocabulary);
const files = new Map(corpus.flatMap((entry) => entry.files).map((file) => [file.path, file.text]));
const entryFiles = [...files].filter(([path]) => /^(studies|news)\//.test(path));

const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
const known = {
  concepts: ids(vocabulary.concepts),
  legal: new Set([...ids(vocabulary.legal), ...corpus.filter((e) => e.collection === 'legal').map((e) => e.id)]),
  entities: new Set([...ids(vocabulary.countries), ...ids(vocabulary.organisations)]),
};

describe('corpusShares', () => {
  it.each([
    [1000, { studies: 700, news: 200, legal: 100 }],
    [10, { studies: 7, news: 2, legal: 1 }],
    [3, { studies: 2, news: 1, legal: 0 }],
  ])('splits %i entries 70/20/10', (size, shares) => {
    expect(corpusShares(size)).toEqual(shares);
  });
});

describe('generateCorpus', () => {
  it('generates the requested number of entries in the three collections', () => {
    expect(corpus).toHaveLength(SIZE);
    expect(corpus.filter((e) => e.collection === 'studies')).toHaveLength(28);
    expect(corpus.filter((e) => e.collection === 'news')).toHaveLength(8);
    expect(corpus.filter((e) => e.collection === 'legal')).toHaveLength(4);
  });

  it('writes entries the content model accepts, with references that resolve', () => {
    for (const [path, text] of entryFiles) {
      const { frontmatter } = parseEntryFile(text, path);
      const schema = path.startsWith('studies/') ? fileModel.studySchema : fileModel.newsSchema;
      const checked = schema.safeParse(frontmatter);
      expect(checked.error?.issues, path).toBeUndefined();
      const data = checked.data!;
      for (const concept of data.concepts) expect(known.concepts, `${path}: ${concept}`).toContain(concept);
      for (const instrument of data.legalInstruments) expect(known.legal, `${path}: ${instrument}`).toContain(instrument);
      for (const entity of [...data.countries, ...data.organisations]) expect(known.entities, `${path}: ${entity}`).toContain(entity);
    }
    for (const [path, text] of files) {
      if (!path.startsWith('legal/')) continue;
      const checked = fileModel.legalSchema.safeParse(parse(text));
      expect(checked.error?.issues, path).toBeUndefined();
      for (const relation of checked.data!.relations) expect(known.legal).toContain(relation.target);
    }
  });

  it('keeps each entry’s source file beside it, with its digest and an untouched entry digest', () => {
    for (const [path, text] of entryFiles) {
      const { source } = parseEntryFile(text, path).frontmatter as { source: { file: string; sha256: string } };
      expect(files.get(source.file), `${path}: ${source.file}`).toBeDefined();
      expect(sha256(files.get(source.file)!)).toBe(source.sha256);
      expect(isHandEdited(text), path).toBe(false);
    }
  });

  it('tags each entry with the organisations and countries its text names', () => {
    const names = new Map([...vocabulary.countries, ...vocabulary.organisations].map((item) => [item.id, item.name]));
    for (const [path, text] of entryFiles) {
      const { frontmatter, body } = parseEntryFile(text, path);
      const data = fileModel.studySchema.or(fileModel.newsSchema).parse(frontmatter);
      // What a reader sees: the body and the text fields, unwrapped from the YAML.
      const said = [body, JSON.stringify([frontmatter.title, frontmatter.abstract, frontmatter.headline])].join('\n');
      for (const id of [...data.countries, ...data.organisations]) {
        const name = names.get(id)!;
        expect(said.includes(name.id) || said.includes(name.en), `${path} names ${id}`).toBe(true);
      }
    }
  });

  it('gives some studies a full text with chapter headings and in-text citations', () => {
    const full = entryFiles.filter(([path, text]) => path.startsWith('studies/') && /^fullText: true$/m.test(text));
    expect(full.length).toBeGreaterThan(0);
    for (const [, text] of full) {
      expect(text).toMatch(/^## BAB I PENDAHULUAN$/m);
      expect(text).toMatch(/^### A\. /m);
      expect(text).toMatch(/\([A-Z][a-z]+, \d{4}\)/);
    }
  });

  it('gives every study both abstracts', () => {
    for (const entry of corpus.filter((e) => e.collection === 'studies')) {
      expect(entry.page).toMatch(/^## Abstrak\n\n\S[\s\S]*\n## Abstract\n\n\S/);
    }
  });

  it('gives the same corpus for the same seed and another for another seed', () => {
    expect(generateCorpus(SIZE, vocabulary)).toEqual(corpus);
    expect(generateCorpus(SIZE, vocabulary, 1)[5]!.files[0]!.text).not.toBe(corpus[5]!.files[0]!.text);
  });
});
