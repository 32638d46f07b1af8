import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/lib/text/sentence-around.ts';

function quote(paragraph: string, mention: string) {
  const start = paragraph.indexOf(mention);
  return sentenceAround(paragraph, start, start + mention.length);
}

describe('sentenceAround', () => {
  it('keeps the sentence holding the mention, split at it', () => {
    expect(quote('Kalimat pertama. Ini tentang Proses Bali di kawasan. Kalimat ketiga.', 'Proses Bali')).toEqual({
      before: 'Ini tentang ',
      mention: 'Proses Bali',
      after: ' di kawasan.',
    });
  });

  it('quotes a mention whole when a sentence boundary falls inside it', () => {
    const result = quote('Awal. Lihat Perpres No. 53 Tahun 2017 tentang BSSN. Akhir.', 'Perpres No. 53 Tahun 2017');
    expect(result.mention).toBe('Perpres No. 53 Tahun 2017');
    expect(result.before).toBe('Lihat ');
    expect(result.after).toBe(' tentang BSSN.');
  });

  it('collapses white space and cuts a long sentence on word boundaries', () => {
    const long = `${'kata '.repeat(80)}Proses\nBali ${'lain '.repeat(80)}selesai.`;
    const result = quote(long, 'Proses\nBali');
    expect(result.mention).toBe('Proses Bali');
    expect(result.before.startsWith('…kata')).toBe(true);
    expect(result.after.endsWith('lain…')).toBe(true);
    expect(result.before.length).toBeLessThanOrEqual(162);
  });
});
