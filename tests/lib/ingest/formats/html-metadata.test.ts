import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata, type MetadataSource } from '../../../../src/lib/ingest/formats/html-metadata.ts';

const metadataOf = (head: string, lang = '') =>
  readHtmlMetadata(parseHTML(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body><p>x</p></body></html>`).document as unknown as MetadataSource);

describe('readHtmlMetadata', () => {
  it('reads Highwire tags first, authors in page order and as "Given Family"', () => {
    const metadata = metadataOf(`
      <meta name="DC.title" content="Dublin Core title">
      <meta name="citation_title" content="Highwire title">
      <meta name="citation_author" content="Qushayyi, Muh. Faiq">
      <meta name="citation_author" content="Badu, Muhammad Nasir">
      <meta name="citation_publication_date" content="2022/08/01">
      <meta name="citation_dissertation_institution" content="Universitas Hasanuddin">
      <meta name="citation_keywords" content="Keamanan Siber; Kerja sama bilateral">
      <meta name="citation_language" content="id">`);
    expect(metadata).toMatchObject({
      kind: { value: 'scholarly', from: 'citation_title' },
      title: { value: 'Highwire title', from: 'citation_title' },
      authors: { value: ['Muh. Faiq Qushayyi', 'Muhammad Nasir Badu'], from: 'citation_author' },
      date: { value: '2022-08-01', from: 'citation_publication_date' },
      institution: { value: 'Universitas Hasanuddin', from: 'citation_dissertation_institution' },
      keywords: { value: ['Keamanan Siber', 'Kerja sama bilateral'] },
      language: { value: 'id' },
    });
  });

  it('reads the journal fields of an OJS page, a DOI link as a bare DOI, and a page range', () => {
    const metadata = metadataOf(`
      <meta name="citation_journal_title" content="Journal of International Relations">
      <meta name="citation_volume" content="2"><meta name="citation_issue" content="1">
      <meta name="citation_firstpage" content="189"><meta name="citation_lastpage" content="196">
      <meta name="citation_doi" content="https://doi.org/10.14710/jirup.v2i1.10413">
      <meta name="citation_author_institution" content="Universitas Diponegoro">`);
    expect(metadata.journal?.value).toBe('Journal of International Relations');
    expect([metadata.volume?.value, metadata.issue?.value, metadata.pages?.value]).toEqual(['2', '1', '189-196']);
    expect(metadata.doi).toEqual({ value: '10.14710/jirup.v2i1.10413', from: 'citation_doi' });
    expect(metadata.institution).toEqual({ value: 'Universitas Diponegoro', from: 'citation_author_institution' });
  });

  it('falls back to Dublin Core, names matched without regard to case', () => {
    const metadata = metadataOf(`
      <meta name="dc.title" content="Judul DC"><meta name="DC.Creator" content="Alifia, Tarisya">
      <meta name="DCTERMS.issued" content="2023-01-05"><meta name="DC.subject" content="Perdagangan Manusia">
      <meta name="DC.subject" content="Kerjasama Bilateral"><meta name="DC.Identifier.DOI" content="10.1234/abc.5">`);
    expect(metadata.title).toEqual({ value: 'Judul DC', from: 'DC.title' });
    expect(metadata.authors?.value).toEqual(['Tarisya Alifia']);
    expect(metadata.date?.value).toBe('2023-01-05');
    expect(metadata.keywords?.value).toEqual(['Perdagangan Manusia', 'Kerjasama Bilateral']);
    expect(metadata.doi?.value).toBe('10.1234/abc.5');
    expect(metadata.kind).toBeUndefined();
  });

  it('reads a news page: JSON-LD over OpenGraph, the canonical link as its address', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Kemlu Pulangkan 28 WNI',
      datePublished: '2023-10-05T10:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Rina' }],
      publisher: { '@type': 'Organization', name: 'Okezone' },
    });
    const metadata = metadataOf(`
      <meta property="og:title" content="Kemlu Pulangkan 28 WNI | Okezone">
      <meta property="og:site_name" content="Okezone News">
      <meta property="og:url" content="https://news.okezone.com/read/2023/10/05/1">
      <link rel="canonical" href="https://news.okezone.com/read/2023/10/05/18/1">
      <script type="application/ld+json">${ld}</script>`, 'id');
    expect(metadata).toMatchObject({
      kind: { value: 'news', from: 'JSON-LD NewsArticle' },
      title: { value: 'Kemlu Pulangkan 28 WNI', from: 'JSON-LD NewsArticle.headline' },
      authors: { value: ['Rina'] },
      date: { value: '2023-10-05' },
      siteName: { value: 'Okezone News', from: 'og:site_name' },
      url: { value: 'https://news.okezone.com/read/2023/10/05/18/1', from: 'link rel=canonical' },
      language: { value: 'id', from: 'html lang' },
    });
  });

  it('takes an OpenGraph article with a publication time as news, without JSON-LD', () => {
    const metadata = metadataOf('<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T23:30:00-05:00">');
    expect(metadata.kind?.value).toBe('news');
    // The publisher's own calendar day, not the day in UTC.
    expect(metadata.date?.value).toBe('2024-03-05');
  });

  it('treats an empty tag, a relative canonical link and an unreadable date as not stated', () => {
    const metadata = metadataOf(`
      <meta name="citation_title" content="  "><meta name="citation_publisher" content="">
      <meta name="citation_date" content="segera"><link rel="canonical" href="/relative/path">`);
    expect(metadata).toEqual({});
  });

  it('removes control and direction-override characters from stated values, in tags and in JSON-LD', () => {
    const metadata = metadataOf(`
      <meta name="citation_title" content="Berkas \u202egpj.exe\u202c\u0007 pelaku">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Berkas \\u202egpj.exe\\u202c"}</script>`);
    expect(metadata.title?.value).toBe('Berkas gpj.exe pelaku');
    const news = metadataOf('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Berkas \\u202egpj.exe\\u202c", "datePublished": "2024-03-05"}</script>');
    expect(news.title?.value).toBe('Berkas gpj.exe');
  });
});
