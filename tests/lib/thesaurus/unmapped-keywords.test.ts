import { describe, expect, it } from 'vitest';
import { buildEntityMatcher } from '../../../src/lib/ingest/detect-entities.ts';
import { buildConceptMatcher } from '../../../src/lib/ingest/tag-concepts.ts';
import { formatUnmappedReport, listUnmappedKeywords } from '../../../src/lib/thesaurus/unmapped-keywords.ts';

const matchers = {
  concepts: buildConceptMatcher([
    {
      id: 'cybercrime',
      data: { prefLabel: { id: 'kejahatan siber', en: 'cybercrime' }, altLabels: {}, definition: { id: 'x', en: 'y' } },
    },
  ]),
  entities: buildEntityMatcher([
    { id: 'china', kind: 'country', code: 'CN', label: { id: 'Tiongkok', en: 'China' }, aliases: {} },
    { id: 'ncb-china', kind: 'organisation', label: { id: 'NCB Tiongkok', en: 'NCB China' }, aliases: {}, ambiguousAliases: ['NCB'] },
  ]),
};

const entries = [
  { path: 'studies/a.md', keywords: { id: ['Kejahatan Siber', 'Bom Bali', 'NCB Tiongkok'], en: ['cyber crime', 'mechanism'] } },
  { path: 'studies/b.md', keywords: { en: ['China', 'NCB'] } },
];

describe('listUnmappedKeywords', () => {
  it('lists the keywords no concept label occurs in and no entity name resolves, per entry and language', () => {
    expect(listUnmappedKeywords(entries, matchers)).toEqual([
      { path: 'studies/a.md', lang: 'id', keyword: 'Bom Bali' },
      { path: 'studies/a.md', lang: 'en', keyword: 'mechanism' },
      { path: 'studies/b.md', lang: 'en', keyword: 'NCB' },
    ]);
  });

  it('prints one line per keyword and a count of all keywords', () => {
    const report = formatUnmappedReport(listUnmappedKeywords(entries, matchers), entries);
    expect(report.split('\n')).toEqual([
      'studies/a.md\tid\tBom Bali',
      'studies/a.md\ten\tmechanism',
      'studies/b.md\ten\tNCB',
      '3 of 7 keywords in 2 entries map to no concept or entity.',
    ]);
  });
});
