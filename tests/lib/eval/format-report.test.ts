import { describe, expect, it } from 'vitest';
import {
  formatDocumentDetails,
  formatPartReport,
  formatPercent,
  formatUnscoredFields,
  hasMismatches,
} from '../../../src/lib/eval/format-report.ts';
import { scoreDocument, type CorpusDocument } from '../../../src/lib/eval/score-document.ts';
import { summarisePart } from '../../../src/lib/eval/summarise-part.ts';

const doc = (slug: string): CorpusDocument => ({
  split: 'dev',
  kind: 'thesis',
  slug,
  expected: { title: 'Judul', authors: ['Ani'], year: '2021' },
});
const read = scoreDocument(doc('read'), {
  status: 'ingested',
  parser: 'thesis-abstract',
  entry: { frontmatter: { title: { id: 'Judul' }, authors: ['Anda di halaman 1'] }, body: '' },
});
const refused = scoreDocument(doc('refused'), { status: 'refused', message: 'no abstract heading' });

describe('formatPercent', () => {
  it('gives one decimal, or a dash when there is nothing to share', () => {
    expect(formatPercent(1, 3)).toBe('33.3 %');
    expect(formatPercent(0, 0)).toBe('-');
  });
});

describe('formatPartReport', () => {
  const report = formatPartReport(summarisePart([read, refused], 'dev'));

  it('prints a row per field with its counts and share, and the totals', () => {
    expect(report).toMatch(/^title\s+2\s+1\s+1\s+0\s+0\s+50\.0 %$/m);
    expect(report).toMatch(/^authors\s+2\s+0\s+1\s+1\s+0\s+0\.0 %$/m);
    expect(report).toMatch(/^all fields\s+6\s+1\s+4\s+1\s+0\s+16\.7 %$/m);
    expect(report).toContain('Read correctly: 1 of 6 expected values (16.7 %)');
  });

  it('names the part, the refused documents with the reason and says when none crashed', () => {
    expect(report.split('\n')[0]).toBe('Development part (dev): 2 documents, 1 ingested, 1 refused, 0 crashed');
    expect(report).toContain('Refused (1):\n  thesis/refused: no abstract heading');
    expect(report).toContain('Crashed: none');
    expect(report).toContain('thesis: thesis-abstract 1, refused 1');
  });

  it('says in one line that a part has no documents, without an empty table', () => {
    expect(formatPartReport(summarisePart([read], 'held-out'))).toBe('Held-out part (held-out; never tune on it): no documents');
  });
});

describe('formatDocumentDetails', () => {
  it('shows the mismatched fields with what was expected and what was read', () => {
    const text = formatDocumentDetails(read, { onlyMismatches: true });
    expect(text).toContain('dev/thesis/read: read as thesis-abstract');
    expect(text).toContain('authors: 1 wrong\n    expected: "Ani"\n    got:      "Anda di halaman 1"');
    expect(text).toContain('year: 1 missed');
    expect(text).not.toContain('title:');
    expect(formatDocumentDetails(read, { onlyMismatches: false })).toContain('title: 1 correct');
  });

  it('sums up a refused document instead of listing every missed field', () => {
    expect(formatDocumentDetails(refused, { onlyMismatches: true })).toBe(
      'dev/thesis/refused: refused\n  no abstract heading\n  all 3 expected values missed',
    );
    expect(hasMismatches(refused)).toBe(true);
    expect(hasMismatches(read)).toBe(true);
  });
});

describe('formatUnscoredFields', () => {
  it('names the fields left out of the table and why', () => {
    const lines = formatUnscoredFields().split('\n');
    expect(lines[0]).toMatch(/^Not scored: date_published \(.+ISO date.+\)\.$/);
    // A legal field is named by its row, apart from the study and news fields of similar keys.
    expect(lines).toContain('Not scored: legal.enacted_date (entries keep only the ISO date, scored as enacted_date_iso).');
  });
});
