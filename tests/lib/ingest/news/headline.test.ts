import { describe, expect, it } from 'vitest';
import { isStampLine, pickHeadline } from '../../../../src/lib/ingest/news/headline.ts';

describe('isStampLine', () => {
  it.each([
    ['Kompas.com - 05/03/2024, 14:30 WIB'],
    ['Senin, 04 Mar 2024 10:15 WIB'],
    ['Published: March 5, 2024'],
    ['March 5, 2024 4:12 PM GMT+7 Updated 2 hours ago'],
    ['15 jam lalu'],
    ['Rizky Pratama - detikNews'],
    ['Penulis: Dimas Arya | Editor: Larasati Nugroho'],
  ])('reads %j as a stamp', (line) => {
    expect(isStampLine(line)).toBe(true);
  });

  it('does not take a headline that names a date for a stamp', () => {
    expect(isStampLine('Banjir Jakarta 5 Maret 2024, Tiga Ribu Warga Mengungsi')).toBe(false);
  });
});

describe('pickHeadline', () => {
  it('takes the substantial line nearest above the first stamp, past menus and taglines', () => {
    const lines = [
      'Exclusive news, data and analytics for financial market professionals',
      'World',
      'Indonesia, Malaysia to tighten border checks after ring bust',
      'By Maya Lestari',
      'March 5, 2024',
    ];
    expect(pickHeadline(lines, 0)).toBe(2);
  });

  it('skips a standfirst (prose) between headline and byline', () => {
    const lines = [
      'The Jakarta Post',
      'Indonesia, Philippines agree to share intelligence',
      'The two countries will set up a joint task force to trace recruiters.',
      'Andika Prasetyo (The Jakarta Post)',
    ];
    expect(pickHeadline(lines, 0)).toBe(1);
  });

  it('takes the longest candidate when none has four words', () => {
    expect(pickHeadline(['Nasional', 'Polisi Tangkap Penipu', '2 jam lalu'], 0)).toBe(1);
  });

  it('takes the first substantial line when the page has no stamp', () => {
    expect(pickHeadline(['Indonesia Peringatkan: Penipuan Daring Ancam Keamanan', 'Nasional Hukum Kriminal Terkini'], 0)).toBe(0);
  });

  it('falls back to the given index when there is no candidate', () => {
    expect(pickHeadline(['ADVERTISEMENT'], 0)).toBe(0);
  });
});
