import { describe, expect, it } from 'vitest';
import { escapeMarkdownFields } from '../../../src/lib/ingest/markdown-fields.ts';
import type { ParsedNews, ParsedStudy } from '../../../src/lib/ingest/types.ts';

describe('escapeMarkdownFields', () => {
  it('escapes a study\'s titles, abstracts and keywords and leaves other fields as read', () => {
    const study: ParsedStudy = {
      kind: 'thesis-abstract',
      data: {
        title: { id: 'Kasus <b>siber</b>', en: '# Cyber' },
        authors: ['A*B'],
        supervisors: [],
        languages: ['id'],
        abstract: { id: 'Satu *dua*.\n\n---' },
        keywords: { id: ['---', '# pagar'], en: ['[x](javascript:y)'] },
        fullText: false,
      },
      body: '',
      review: [],
    };
    const { data } = escapeMarkdownFields(study) as ParsedStudy;
    expect(data.title).toEqual({ id: 'Kasus \\<b>siber\\</b>', en: '\\# Cyber' });
    expect(data.abstract).toEqual({ id: 'Satu \\*dua\\*.\n\n\\---' });
    expect(data.keywords).toEqual({ id: ['\\---', '\\# pagar'], en: ['\\[x]\\(javascript:y)'] });
    expect(data.authors).toEqual(['A*B']);
  });

  it('escapes a news headline only', () => {
    const news = { kind: 'news', data: { headline: '<img src=x onerror=alert(1)>', language: 'id', outlet: '*Warta*' }, body: 'x', review: [] } as unknown as ParsedNews;
    const { data, body } = escapeMarkdownFields(news) as ParsedNews;
    expect(data.headline).toBe('\\<img src=x onerror=alert(1)>');
    expect(data.outlet).toBe('*Warta*');
    expect(body).toBe('x');
  });
});
