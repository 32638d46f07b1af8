import { describe, expect, it } from 'vitest';
import { chooseHeadline, isStampLine, mayStandAsHeadline } from '../../../../src/lib/ingest/news/headline.ts';

describe('isStampLine', () => {
  it("takes a paper's staff credit with its place for a stamp, not a wire's credit run into its place", () => {
    expect(isStampLine('The Jakarta Post/Batam')).toBe(true);
    expect(isStampLine('Associated Press Kuala Lumpur')).toBe(false);
  });

  it("reads a stored copy's date stamp of the month only as a stamp, never a headline", () => {
    expect(isStampLine('date 2024-07')).toBe(true);
    expect(chooseHeadline(['date 2024-07'])).toBeUndefined();
  });

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

describe('chooseHeadline: lines too short to stand alone', () => {
  it('proposes no line of fewer than three words or a masthead as the headline on its length alone', () => {
    expect(chooseHeadline(['logo', '09:34'])).toBeUndefined();
    expect(chooseHeadline(['ASIA', 'Khabar Daily News'])).toBeUndefined();
  });
});

describe('chooseHeadline: where the headline stands', () => {
  it('takes the substantial line nearest above the first stamp, past menus and taglines', () => {
    const lines = [
      'Exclusive news, data and analytics for financial market professionals',
      'World',
      'Indonesia, Malaysia to tighten border checks after ring bust',
      'By Maya Lestari',
      'March 5, 2024',
    ];
    expect(chooseHeadline(lines)?.value).toBe(lines[2]);
  });

  it("leaves the title bar's site name out of the headline, and counts the title bar as the headline printed again", () => {
    const lines = [
      'Polisi Tangkap Dua Pelaku Penipuan Daring - Wartakota.com',
      'Beranda',
      'Hukum',
      'Polisi Tangkap Dua Pelaku Penipuan Daring',
      'Lihat Foto',
    ];
    const choice = chooseHeadline(lines);
    expect(choice?.value).toBe('Polisi Tangkap Dua Pelaku Penipuan Daring');
    expect(choice?.reason).toContain('printed twice');
  });

  it('skips a standfirst (prose) between headline and byline', () => {
    const lines = [
      'The Jakarta Post',
      'Indonesia, Philippines agree to share intelligence',
      'The two countries will set up a joint task force to trace recruiters.',
      'Andika Prasetyo (The Jakarta Post)',
    ];
    expect(chooseHeadline(lines)?.value).toBe(lines[1]);
  });

  it('takes the longest candidate when none has four words', () => {
    expect(chooseHeadline(['Nasional', 'Polisi Tangkap Penipu', '2 jam lalu'])?.value).toBe('Polisi Tangkap Penipu');
  });

  it('takes the first substantial line when the page has no stamp', () => {
    expect(chooseHeadline(['Indonesia Peringatkan: Penipuan Daring Ancam Keamanan', 'Nasional Hukum Kriminal Terkini'])?.value).toBe(
      'Indonesia Peringatkan: Penipuan Daring Ancam Keamanan',
    );
  });

  it('proposes nothing when there is no candidate', () => {
    expect(chooseHeadline(['ADVERTISEMENT'])).toBeUndefined();
  });
});

describe('chooseHeadline', () => {
  it('takes the line a page prints twice, apart, over a tagline', () => {
    // AP item on the Jawawa archive.
    const headline = 'Malaysian and Indonesian police hold talks on cross-border crime.';
    const lines = ['Indonesian Political, Business & Finance News', headline, '| Source: AP', headline];
    const choice = chooseHeadline(lines);
    expect(choice?.value).toBe(headline);
    expect(choice?.reason).toContain('printed twice');
  });

  it('takes the end of a breadcrumb, not the breadcrumb', () => {
    // VOI editorial.
    const lines = ['Home Editorial Preventing cyber-crime in Indonesia', 'Preventing cyber-crime in Indonesia'];
    expect(chooseHeadline(lines)?.value).toBe('Preventing cyber-crime in Indonesia');
  });

  it('takes no caption printed twice side by side', () => {
    const caption = 'Sebagian besar pemandu di Gunung Rinjadi belum besertifikat.';
    expect(chooseHeadline([caption, caption])).toBeUndefined();
  });

  it('takes a heading, no sentence, printed twice side by side over a banner above it', () => {
    const headline = '45 Suspected Human Trafficking Victims Rescued in Indonesia';
    const choice = chooseHeadline(['Please Help Provide Clean Water to Persecuted Christians', headline, headline]);
    expect(choice?.value).toBe(headline);
    expect(choice?.reason).toContain('printed twice');
  });

  it('flags a headline resting on weak evidence only', () => {
    expect(chooseHeadline(['Polisi Tangkap Penipu Daring di Batam', '2 jam lalu'])?.doubt).toBeUndefined();
    const choice = chooseHeadline(['Nasional', 'Polisi Tangkap Penipu']);
    expect(choice?.value).toBe('Polisi Tangkap Penipu');
    expect(choice?.doubt).toMatch(/weak/);
  });
});

describe('chooseHeadline: a caption printed around its photo credit', () => {
  it('takes the caption and its alt text around a "Foto:" credit for no headline', () => {
    const caption = 'Petugas menunjukkan sejumlah paspor calon pekerja yang diduga ilegal.';
    const lines = ['Sabtu 22 Apr 2017 08:41 WIB', 'Nunukan Jadi Jalur Perlintasan Pekerja Ilegal', caption, 'Foto: Harian Contoh/Ani Lestari', caption];
    expect(chooseHeadline(lines)?.value).toBe('Nunukan Jadi Jalur Perlintasan Pekerja Ilegal');
  });
});

describe("chooseHeadline: a page's keyword meta line", () => {
  it('never reads terms joined by commas without a space as the headline', () => {
    expect(chooseHeadline(['id Indonesian migrant workers (PMI),Indonesia,Malaysia', 'Jakarta (ANTARA) - Polisi menggagalkan keberangkatan pekerja ke Malaysia, kata Kapolres.'])?.value).toBeUndefined();
    expect(chooseHeadline(['Polisi, Interpol buru pelaku penipuan daring lintas negara'])?.value).toBe('Polisi, Interpol buru pelaku penipuan daring lintas negara');
  });
});

describe('mayStandAsHeadline: a keyword meta line', () => {
  it('does not let a keyword meta line stand as the headline on its place alone', () => {
    expect(mayStandAsHeadline('id Online scamming,polda metro jaya')).toBe(false);
  });
});
