import { describe, expect, it } from 'vitest';
import { looksLikeNews } from '../../../../src/lib/ingest/news/news-signals.ts';

describe('looksLikeNews', () => {
  it('scores an English wire story by dateline, credits and attributed quote', () => {
    const text = [
      'Indonesia warns of scam crisis',
      'BANGKOK (Reuters) - Indonesia warned on Wednesday that online scams threaten the region.',
      '"No country can face this alone," said Arrmanatha Nasir.',
      'Editing by Kate Mayberry',
    ].join('\n');
    expect(looksLikeNews(text)).toEqual({
      score: 4,
      reasons: ['dateline "BANGKOK (Reuters) -"', 'credit line "Editing by Kate Mayberry"', 'attributed quotation'],
    });
  });

  it('does not count a relative time inside a long sentence as a time stamp', () => {
    const text = 'Penelitian ini dilakukan dua tahun lalu di beberapa kota besar di Indonesia dengan metode kualitatif.';
    expect(looksLikeNews(text)).toEqual({ score: 0, reasons: [] });
  });

  it('scores a byline and the desk initials', () => {
    const text = ['Bareskrim Blokir Rekening Penipuan', 'Rizky Pratama - detikNews', 'Jakarta - Polisi memblokir 1.200 rekening.', '(rzp/aud)'].join('\n');
    expect(looksLikeNews(text).reasons).toEqual(['byline "Rizky Pratama - detikNews"', 'desk initials "(rzp/aud)"']);
  });
});

describe('looksLikeNews and the related-story widget', () => {
  it('counts every related-story lead the page furniture knows', () => {
    expect(looksLikeNews('Baca pula: Polisi Tangkap Penipu Daring').reasons).toEqual(['related-story widget "Baca pula: Polisi Tangkap Penipu Daring"']);
    expect(looksLikeNews('Also read: Police rescue 40 victims').reasons).toEqual(['related-story widget "Also read: Police rescue 40 victims"']);
  });

  it('does not count a sentence opening with "Membaca" or a keyword line', () => {
    expect(looksLikeNews('Membaca adalah kegiatan yang baik.\nKeywords: cybercrime, cooperation').reasons).toEqual([]);
  });
});

describe('looksLikeNews on a press release', () => {
  it('counts a press release heading for two points', () => {
    const text = 'SIARAN PERS\nNomor: 1/HM/X/05/2024\nJakarta, 12 Mei 2024\nJudul Rilis Tentang Sesuatu\nKementerian menyampaikan hal itu kepada publik.';
    expect(looksLikeNews(text)).toEqual({ score: 2, reasons: ['press release heading "SIARAN PERS"'] });
  });

  it('does not count the words "siaran pers" inside a sentence', () => {
    expect(looksLikeNews('Kementerian menyampaikan siaran pers itu kepada publik di Jakarta.').score).toBe(0);
  });
});
