import { describe, expect, it } from 'vitest';
import { findJsonLdDocument, textOf, textsOf } from '../../../../src/lib/ingest/formats/json-ld.ts';

describe('findJsonLdDocument', () => {
  it('finds the article in a @graph after other objects, with its kind', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite', name: 'Outlet' }, { '@type': 'NewsArticle', headline: 'Judul' }],
    });
    expect(findJsonLdDocument([block])).toMatchObject({ type: 'NewsArticle', kind: 'news', data: { headline: 'Judul' } });
  });

  it('reads a list of types and a schema.org URL type, and scholarly kinds', () => {
    expect(findJsonLdDocument([JSON.stringify({ '@type': ['CreativeWork', 'Thesis'], name: 'T' })])?.kind).toBe('scholarly');
    expect(findJsonLdDocument([JSON.stringify([{ '@type': 'https://schema.org/ScholarlyArticle' }])])?.type).toBe('ScholarlyArticle');
  });

  it('skips a block that is not JSON and objects that are not a document', () => {
    expect(findJsonLdDocument(['{ not json', JSON.stringify({ '@type': 'BreadcrumbList' })])).toBeUndefined();
    expect(findJsonLdDocument(['{ not json', JSON.stringify({ '@type': 'ReportageNewsArticle' })])?.kind).toBe('news');
  });
});

describe('textOf and textsOf', () => {
  it('read strings, names of objects and lists, dropping what is blank', () => {
    expect(textOf({ '@type': 'Person', name: '  Andi   Firdaus ' })).toBe('Andi Firdaus');
    expect(textOf('   ')).toBeUndefined();
    expect(textsOf([{ name: 'A' }, 'B', { url: 'x' }])).toEqual(['A', 'B']);
    expect(textsOf(undefined)).toEqual([]);
  });
});
