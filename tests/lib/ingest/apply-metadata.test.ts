import { describe, expect, it } from 'vitest';
import { applyStatedMetadata } from '../../../src/lib/ingest/apply-metadata.ts';
import type { DocumentMetadata } from '../../../src/lib/ingest/formats/document-metadata.ts';
import type { ParsedNews, ParsedStudy } from '../../../src/lib/ingest/types.ts';

function study(overrides: Partial<ParsedStudy['data']> = {}, review: ParsedStudy['review'] = []): ParsedStudy {
  return {
    kind: 'thesis-abstract',
    data: {
      title: { en: 'Anda di halaman 1dari 8' },
      authors: [],
      supervisors: [],
      languages: ['en'],
      abstract: { en: 'Malaysia is one of major destination countries for Indonesian migrant workers.' },
      keywords: { id: [], en: ['cooperation', 'human trafficking'] },
      fullText: false,
      ...overrides,
    },
    body: '',
    review,
  };
}

const news = (data: Partial<ParsedNews['data']> = {}, review: ParsedNews['review'] = []): ParsedNews => ({
  kind: 'news',
  data: { headline: 'Judul dari teks', language: 'id', people: [], quotes: [], figures: [], ...data },
  body: 'Isi.',
  review,
});

describe('applyStatedMetadata on a study', () => {
  it('puts stated fields over the text, records their tags and drops the review flags they settle', () => {
    const metadata: DocumentMetadata = {
      title: { value: 'KERJASAMA BNP2TKI DENGAN IOM DALAM MENANGANI HUMAN TRAFFICKING', from: 'citation_title' },
      authors: { value: ['Ajeng Ria Ayu Wulandari'], from: 'citation_author' },
      date: { value: '2016-03-01', from: 'citation_date' },
      journal: { value: 'Journal of International Relations', from: 'citation_journal_title' },
      pages: { value: '189-196', from: 'citation_firstpage' },
    };
    const flags = [
      { field: 'authors', reason: 'missing' },
      { field: 'year', reason: 'missing' },
      { field: 'faculty', reason: 'missing' },
    ];
    const { doc, stated } = applyStatedMetadata(study({}, flags), metadata);
    expect(doc.kind === 'news' ? undefined : doc.data).toMatchObject({
      title: { id: 'KERJASAMA BNP2TKI DENGAN IOM DALAM MENANGANI HUMAN TRAFFICKING', en: 'Anda di halaman 1dari 8' },
      authors: ['Ajeng Ria Ayu Wulandari'],
      year: 2016,
      publication: { journal: 'Journal of International Relations', pages: '189-196' },
    });
    expect(stated).toEqual({
      'title.id': 'citation_title',
      authors: 'citation_author',
      year: 'citation_date',
      'publication.journal': 'citation_journal_title',
      'publication.pages': 'citation_firstpage',
    });
    expect(doc.review).toEqual([{ field: 'faculty', reason: 'missing' }]);
  });

  it('gives stated keywords to the language whose keywords they share', () => {
    const { doc } = applyStatedMetadata(study(), {
      keywords: { value: ['cooperation', 'human trafficking', 'BNP2TKI', 'IOM'], from: 'citation_keywords' },
      language: { value: 'id', from: 'citation_language' },
    });
    expect(doc.kind !== 'news' && doc.data.keywords).toEqual({ id: [], en: ['cooperation', 'human trafficking', 'BNP2TKI', 'IOM'] });
  });

  it('fills an abstract only where the text has none in that language', () => {
    const stated = { value: 'Penelitian ini bertujuan untuk mengetahui kerja sama dan dampak yang terjadi di dalam negeri.', from: 'citation_abstract' };
    const { doc } = applyStatedMetadata(study(), { abstract: stated });
    expect(doc.kind !== 'news' && doc.data.abstract).toEqual({ en: study().data.abstract.en, id: stated.value });
    expect(doc.kind !== 'news' && doc.data.languages).toEqual(['id', 'en']);
    const kept = applyStatedMetadata(study(), { abstract: { ...stated, value: 'This study aims to show what the cooperation did.' } });
    expect(kept.doc.kind !== 'news' && kept.doc.data.abstract.en).toBe(study().data.abstract.en);
    expect(kept.stated).toEqual({});
  });

  it('takes a PDF Info hint only for an empty field, and flags it for review', () => {
    const hint = { authors: { value: ['Faiq'], from: 'PDF Info Author' }, title: { value: 'skripsi.docx', from: 'PDF Info Title' } };
    const filled = applyStatedMetadata(study(), hint);
    expect(filled.doc.kind !== 'news' && filled.doc.data.authors).toEqual(['Faiq']);
    expect(filled.doc.kind !== 'news' && filled.doc.data.title.en).toBe('Anda di halaman 1dari 8');
    expect(filled.doc.review).toEqual([{ field: 'authors', reason: expect.stringContaining("PDF's document properties") }]);
    const given = applyStatedMetadata(study({ authors: ['Muh. Faiq Qushayyi'] }), hint);
    expect(given.doc.kind !== 'news' && given.doc.data.authors).toEqual(['Muh. Faiq Qushayyi']);
    expect(given.stated).toEqual({});
  });

  it('replaces a title derived from the aim by a stated one', () => {
    const derived = [{ field: 'title.en', reason: 'The text gives no title; this one was derived from the stated aim of the study.' }];
    const { doc } = applyStatedMetadata(study({}, derived), { title: { value: 'The Role of the Study of Cooperation', from: 'DC.title' } });
    expect(doc.kind !== 'news' && doc.data.title.en).toBe('The Role of the Study of Cooperation');
    expect(doc.review).toEqual([]);
  });
});

describe('applyStatedMetadata on news', () => {
  it('takes headline, authors, day, outlet, address and language from the page', () => {
    const { doc, stated } = applyStatedMetadata(news({}, [{ field: 'sourceUrl', reason: 'no URL' }, { field: 'published', reason: 'no date' }]), {
      title: { value: 'Red Notice Interpol', from: 'og:title' },
      authors: { value: ['Rina', 'Budi'], from: 'JSON-LD NewsArticle.author' },
      date: { value: '2021-08-13', from: 'article:published_time' },
      siteName: { value: 'suaramerdeka.com', from: 'og:site_name' },
      url: { value: 'https://www.suaramerdeka.com/a', from: 'link rel=canonical' },
      language: { value: 'id-ID', from: 'html lang' },
    });
    expect(doc.data).toMatchObject({
      headline: 'Red Notice Interpol',
      author: 'Rina, Budi',
      published: '2021-08-13',
      outlet: 'suaramerdeka.com',
      sourceUrl: 'https://www.suaramerdeka.com/a',
      language: 'id',
    });
    expect(Object.keys(stated)).toEqual(['headline', 'author', 'published', 'outlet', 'sourceUrl', 'language']);
    expect(doc.review).toEqual([]);
  });

  it('leaves the date to the text when the page states only a month, and ignores a language it does not know', () => {
    const { doc, stated } = applyStatedMetadata(news({ published: '2021-08-12' }), {
      date: { value: '2021-08', from: 'DC.date' },
      language: { value: 'ms', from: 'html lang' },
    });
    expect(doc.data).toMatchObject({ published: '2021-08-12', language: 'id' });
    expect(stated).toEqual({});
  });
});
