import { describe, expect, it } from 'vitest';
import { countFieldsRead, flaggedFields, formatSummaryTable } from '../../../src/lib/ingest/batch-summary.ts';

describe('countFieldsRead', () => {
  it('counts filled metadata fields, not provenance, review notes, curated names or empty values', () => {
    const frontmatter = {
      headline: 'Polisi ungkap jaringan',
      language: 'id',
      published: '',
      people: [],
      quotes: [{ text: 'Kami bekerja sama', speaker: 'Kapolri' }],
      figures: [],
      title: { id: '', en: '' },
      abstract: { id: 'Abstrak.' },
      year: 0,
      source: { file: 'sources/a.txt' },
      review: [{ field: 'published', reason: 'no date' }],
      curated: ['concepts'],
    };
    // headline, language, quotes, abstract, year: a zero year is a value, an all-empty title is not.
    expect(countFieldsRead(frontmatter)).toBe(5);
  });
});

describe('flaggedFields', () => {
  it('names each flagged field once, in the order first flagged', () => {
    const review = [
      { field: 'published', reason: 'no date' },
      { field: 'author', reason: 'no byline' },
      { field: 'published', reason: 'a second reason' },
    ];
    expect(flaggedFields(review)).toEqual(['published', 'author']);
  });
});

describe('formatSummaryTable', () => {
  it('aligns the columns under their headers and ends with a total', () => {
    const table = formatSummaryTable([
      { file: 'in/a.txt', kind: 'news', entry: 'content/news/a.md', fieldsRead: 7, flagged: ['published', 'author'] },
      { file: 'in/long-name.pdf', kind: 'thesis', entry: 'content/studies/b.md', fieldsRead: 12, flagged: [] },
    ]);
    expect(table.split('\n')).toEqual([
      'file              kind    entry                 fields read  flagged for review',
      '----------------  ------  --------------------  -----------  --------------------',
      'in/a.txt          news    content/news/a.md     7            2: published, author',
      'in/long-name.pdf  thesis  content/studies/b.md  12           0',
      '2 files, 1 with fields to review',
    ]);
  });

  it('says so for a batch of one file', () => {
    const table = formatSummaryTable([{ file: 'x.txt', kind: 'article', entry: 'e.md', fieldsRead: 1, flagged: ['year'] }]);
    expect(table.split('\n').at(-1)).toBe('1 file, 1 with fields to review');
  });
});
