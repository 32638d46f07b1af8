import { describe, expect, it } from 'vitest';
import { findSourceUrl } from '../../../../src/lib/ingest/news/source-url.ts';

describe('findSourceUrl', () => {
  it('takes a labelled URL', () => {
    expect(findSourceUrl(['Sumber: https://www.antaranews.com/berita/123/judul.'])).toBe('https://www.antaranews.com/berita/123/judul');
  });

  it('takes a URL on the outlet site, not a link elsewhere or the bare home page', () => {
    const lines = ['Data dari https://kemlu.go.id/laporan', 'https://www.viva.co.id/', 'https://www.viva.co.id/berita/dunia/123-kemlu'];
    expect(findSourceUrl(lines, 'viva.co.id')).toBe('https://www.viva.co.id/berita/dunia/123-kemlu');
  });

  it('takes a URL standing alone above the article, where copy tools put the page address', () => {
    const header = ['https://www.example-news.id/2024/03/05/pekerja-migran-digagalkan', 'Beranda | Riau'];
    expect(findSourceUrl([...header, 'Isi berita.'], undefined, header)).toBe('https://www.example-news.id/2024/03/05/pekerja-migran-digagalkan');
  });

  it('does not take a picture, a bare home page or a URL inside a sentence from the header', () => {
    expect(findSourceUrl([], undefined, ['https://cdn.example-news.id/foto/2024/kapal.jpg'])).toBeUndefined();
    expect(findSourceUrl([], undefined, ['https://www.example-news.id/'])).toBeUndefined();
    expect(findSourceUrl([], undefined, ['Lihat https://example-news.id/berita/123 untuk detail'])).toBeUndefined();
  });

  it('gives nothing when no URL is the article', () => {
    expect(findSourceUrl(['Data dari https://kemlu.go.id/laporan'], 'viva.co.id')).toBeUndefined();
    expect(findSourceUrl(['Data dari https://kemlu.go.id/laporan'])).toBeUndefined();
    expect(findSourceUrl(['tanpa alamat'])).toBeUndefined();
  });
});
