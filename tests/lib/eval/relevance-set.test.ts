import { describe, expect, it } from 'vitest';
import { parseRelevanceSet } from '../../../src/lib/eval/relevance-set.ts';

const FILE = 'relevance.yaml';

describe('parseRelevanceSet', () => {
  it('reads queries with their language, type, note and expected entries', () => {
    const text = [
      'queries:',
      '  - query: kerja sama bilateral',
      '    lang: id',
      '    type: label',
      '    expect: [studies/a, news/b]',
      '  - query: UNTOC',
      '    lang: en',
      '    type: acronym',
      '    note: the convention',
      '    expect: [news/b]',
    ].join('\n');
    expect(parseRelevanceSet(text, FILE)).toEqual([
      { query: 'kerja sama bilateral', lang: 'id', type: 'label', expect: ['studies/a', 'news/b'] },
      { query: 'UNTOC', lang: 'en', type: 'acronym', note: 'the convention', expect: ['news/b'] },
    ]);
  });

  const query = (fields: string) => `queries:\n  - query: x\n${fields}`;

  it.each([
    ['an entry of another collection', query('    lang: id\n    type: label\n    expect: [concepts/a]'), /relevance\.yaml:5: queries\[0\]\.expect\[0\]: expected studies\/<id> or news\/<id>/],
    ['no expected entry', query('    lang: id\n    type: label\n    expect: []'), /relevance\.yaml:5: queries\[0\]\.expect/],
    ['an entry listed twice', query('    lang: id\n    type: label\n    expect: [news/a, news/a]'), /queries\[0\]\.expect: an entry is listed twice/],
    ['an unknown language', query('    lang: fr\n    type: label\n    expect: [news/a]'), /relevance\.yaml:3: queries\[0\]\.lang/],
    ['an unknown type', query('    lang: id\n    type: guess\n    expect: [news/a]'), /relevance\.yaml:4: queries\[0\]\.type/],
    ['an unknown field', query('    lang: id\n    type: label\n    expects: [news/a]'), /queries\[0\]/],
    ['a blank query', 'queries:\n  - query: "  "\n    lang: id\n    type: label\n    expect: [news/a]', /relevance\.yaml:2: queries\[0\]\.query/],
    ['no queries', 'queries: []', /relevance\.yaml:1: queries/],
    ['malformed YAML', 'queries: [', /^relevance\.yaml: /],
  ])('refuses %s, naming the file, line and field', (_case, text, message) => {
    expect(() => parseRelevanceSet(text, FILE)).toThrow(message);
  });

  it('refuses a query listed twice, whatever its case, naming both places', () => {
    const entry = (text: string) => `  - query: ${text}\n    lang: id\n    type: acronym\n    expect: [news/a]`;
    const text = ['queries:', entry('BSSN'), entry('TPPO'), entry('bssn')].join('\n');
    expect(() => parseRelevanceSet(text, FILE)).toThrow(/relevance\.yaml:10: queries\[2\]: "bssn" is already queries\[0\]/);
  });
});
