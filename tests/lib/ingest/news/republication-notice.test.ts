import { describe, expect, it } from 'vitest';
import { readRepublishedSite } from '../../../../src/lib/ingest/news/republication-notice.ts';

describe('readRepublishedSite', () => {
  it.each([
    ['Artikel ini telah tayang di Kompas.com dengan judul "Polisi Tangkap Bandar Sabu", Klik untuk baca: https://regional.kompas.com/read/2023/06/12/polisi.', 'Kompas.com'],
    ['Artikel ini telah tayang di Tribunpekanbaru.com dengan judul Polisi Tangkap Bandar Sabu, https://pekanbaru.tribunnews.com/2023/06/12/polisi', 'Tribunpekanbaru.com'],
    ['Artikel ini telah terbit di halaman SerambiNews.com dengan judul Polisi Tangkap Kurir', 'SerambiNews.com'],
    ['Baca artikel detiknews, "Polisi Tangkap Bandar Sabu 5 Kg" selengkapnya https://news.detik.com/berita/d-6123456/polisi-tangkap', 'detiknews'],
    ['Baca artikel detikJatim, “Kurir Sabu Ditangkap” selengkapnya https://www.detik.com/jatim/hukum/d-1/kurir', 'detikJatim'],
    ['This article was first published on The Star.', 'The Star'],
    ['This story originally appeared in The Diplomat on June 12, 2023.', 'The Diplomat'],
  ])('reads the site of %j', (line, site) => {
    expect(readRepublishedSite(line)).toBe(site);
  });

  it.each([
    ['Artikel ini telah tayang di media sosial dan menuai banyak komentar warganet.'],
    ['Baca artikel selengkapnya di halaman berikut.'],
    ['Baca juga: Polisi Tangkap Bandar Sabu 5 Kg'],
    ['This article was published on June 12, 2023.'],
    ['This story was first published on Monday.'],
  ])('reads no site from %j', (line) => {
    expect(readRepublishedSite(line)).toBeUndefined();
  });
});
