import { describe, expect, it } from 'vitest';
import { splitSiteName, withoutSiteName } from '../../../../src/lib/ingest/news/site-name.ts';

describe('splitSiteName', () => {
  it.each([
    ['Polisi Tangkap Dua Pelaku Penipuan Daring - Tribunnews.com', 'Polisi Tangkap Dua Pelaku Penipuan Daring', 'Tribunnews.com'],
    ['Polisi Tangkap Dua Pelaku Penipuan Daring | Republika Online', 'Polisi Tangkap Dua Pelaku Penipuan Daring', 'Republika Online'],
    ['Kerja Sama Indonesia - Malaysia Berantas Narkoba - detik.com', 'Kerja Sama Indonesia - Malaysia Berantas Narkoba', 'detik.com'],
  ])('splits %j', (line, title, site) => {
    expect(splitSiteName(line)).toMatchObject({ title, site, domain: site.includes('.') });
  });

  it.each([
    ['Kerja Sama Patroli Laut Indonesia - Malaysia'],
    ['Berita | Hukum'],
    ['Polisi Tangkap Dua Pelaku Penipuan Daring | Nasional'],
    ['Polisi tangkap pelaku | kata juru bicara yang enggan disebut namanya'],
    // A menu of links: its last link is no site appended to a title.
    ['Home | Nasional | Internasional | Kompas.com | Detik.com | Tempo.co'],
  ])('finds no site name in %j', (line) => {
    expect(splitSiteName(line)).toBeUndefined();
    expect(withoutSiteName(line)).toBe(line);
  });
});
