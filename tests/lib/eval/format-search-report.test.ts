import { describe, expect, it } from 'vitest';
import { formatSearchReport, type QueryRun } from '../../../src/lib/eval/format-search-report.ts';
import type { RelevanceQuery } from '../../../src/lib/eval/relevance-set.ts';
import { scoreQuery } from '../../../src/lib/eval/retrieval-scores.ts';

const run = (query: RelevanceQuery, listed: string[]): QueryRun => ({ query, listed, score: scoreQuery(query.expect, listed) });
const bssn: RelevanceQuery = { query: 'BSSN', lang: 'id', type: 'acronym', expect: ['news/a', 'studies/b'] };
const palermo: RelevanceQuery = { query: 'Palermo Convention', lang: 'en', type: 'citation', expect: ['studies/c'] };

describe('formatSearchReport', () => {
  const report = formatSearchReport([
    { locale: 'id', page: '/search/', runs: [run(bssn, ['news/a', 'studies/b']), run(palermo, ['/legal/untoc/', 'studies/c'])] },
    { locale: 'en', page: '/en/search/', runs: [run(bssn, ['/en/entities/bssn/', 'news/a']), run(palermo, [])] },
  ]);
  const [idSection, enSection] = report.split(/^## /m).slice(1);

  it('gives recall@5, MRR and complete queries per root, by language and type', () => {
    expect(report).toMatch(/^# Search relevance \(2 queries\)/);
    expect(idSection).toContain('| all | 2 | 1.000 | 0.750 | 2 of 2 |');
    expect(idSection).toContain('| written in id | 1 | 1.000 | 1.000 | 1 of 1 |');
    expect(idSection).toContain('| citation | 1 | 1.000 | 0.500 | 1 of 1 |');
    expect(idSection).not.toContain('| label |');
    expect(enSection).toContain('| all | 2 | 0.250 | 0.250 | 0 of 2 |');
  });

  it('says whether the target is met', () => {
    expect(idSection).toContain(': not met.');
    expect(idSection).toContain('Every query lists its expected entries in the top 5.');
  });

  it('names each query that missed, what it missed and what was listed instead', () => {
    expect(enSection).toContain('- "BSSN" (id, acronym): missed studies/b\n    listed: /en/entities/bssn/, news/a');
    expect(enSection).toContain('- "Palermo Convention" (en, citation): missed studies/c\n    listed: nothing');
  });
});
