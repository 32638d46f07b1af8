import { describe, expect, it } from 'vitest';
import { joinBrokenSentences, joinDropCaps, normaliseSpaces, splitLeadingStamp, splitNewsLines } from '../../../../src/lib/ingest/news/text-lines.ts';

describe('text lines', () => {
  it('turns no-break spaces into plain ones and collapses runs', () => {
    expect(normaliseSpaces('Bangkok, VIVA\u00a0–\u00a0 Lebih\u200b dari  12.000 ')).toBe('Bangkok, VIVA – Lebih dari 12.000');
  });

  it('rejoins hard-wrapped paragraphs and a dateline set on its own line', () => {
    const wrapped = [
      'Tim gabungan memulangkan delapan belas warga yang sempat ditahan',
      'di kamp penipuan daring setelah negosiasi panjang dengan otoritas',
      'setempat dan pihak kedutaan yang berlangsung hampir dua minggu.',
      '',
      'Mereka tiba di bandara pada malam hari dan langsung menjalani',
      'pemeriksaan kesehatan serta pendataan oleh petugas dari dinas',
      'sosial provinsi sebelum dipulangkan ke kampung halaman masing.',
    ];
    expect(splitNewsLines(['Judul', 'Dumai, Warta Pesisir -', ...wrapped].join('\n'))).toEqual([
      'Judul',
      'Dumai, Warta Pesisir - Tim gabungan memulangkan delapan belas warga yang sempat ditahan di kamp penipuan daring setelah negosiasi panjang dengan otoritas setempat dan pihak kedutaan yang berlangsung hampir dua minggu.',
      'Mereka tiba di bandara pada malam hari dan langsung menjalani pemeriksaan kesehatan serta pendataan oleh petugas dari dinas sosial provinsi sebelum dipulangkan ke kampung halaman masing.',
    ]);
  });

  it('splits on any line ending and drops empty lines', () => {
    expect(splitNewsLines('Judul\r\n\r\nParagraf satu.\r\u00a0\nParagraf dua.')).toEqual(['Judul', 'Paragraf satu.', 'Paragraf dua.']);
  });
});

describe('splitLeadingStamp', () => {
  it('sets a stored copy\'s leading date stamp on a line of its own', () => {
    // From the Malay Mail copy in the dev corpus.
    expect(splitLeadingStamp('date 2023-10-19 KUALA LUMPUR, Oct 19 — A total of 170 customs personnel')).toEqual([
      'date 2023-10-19',
      'KUALA LUMPUR, Oct 19 — A total of 170 customs personnel',
    ]);
  });

  it("sets a stamp of the month only on a line of its own", () => {
    expect(splitLeadingStamp('date 2024-07 ERA.id - Bareskrim Polri menangkap L (26)')).toEqual(['date 2024-07', 'ERA.id - Bareskrim Polri menangkap L (26)']);
  });

  it('leaves a line that only mentions a date later on alone', () => {
    const line = 'The update of 2023-10-19 changed the date format.';
    expect(splitLeadingStamp(line)).toEqual([line]);
  });
});

describe('joinDropCaps', () => {
  it('rejoins a lone capital to the line opening in lower case under it', () => {
    expect(joinDropCaps(['Headline', 'T', 'he police said on Monday they had made arrests.'])).toEqual([
      'Headline',
      'The police said on Monday they had made arrests.',
    ]);
  });

  it('keeps a lone capital over a line opening in upper case', () => {
    expect(joinDropCaps(['A', 'Police said on Monday'])).toEqual(['A', 'Police said on Monday']);
  });
});

describe('joinBrokenSentences', () => {
  it('rejoins a sentence broken after a joining word to the line under it', () => {
    expect(joinBrokenSentences(['Ratusan kilogram sabu yang diselundupkan lewat laut berhasil digagalkan di', 'Pelabuhan Merak, Banten.'])).toEqual([
      'Ratusan kilogram sabu yang diselundupkan lewat laut berhasil digagalkan di Pelabuhan Merak, Banten.',
    ]);
  });

  it('leaves a short line ending on such a word, and a widget under a broken line, apart', () => {
    expect(joinBrokenSentences(['Berita dari', 'Pelabuhan Merak'])).toEqual(['Berita dari', 'Pelabuhan Merak']);
    expect(joinBrokenSentences(['Ratusan kilogram sabu yang diselundupkan lewat laut berhasil digagalkan di', 'Baca juga: Polisi tangkap kurir'])).toEqual([
      'Ratusan kilogram sabu yang diselundupkan lewat laut berhasil digagalkan di',
      'Baca juga: Polisi tangkap kurir',
    ]);
  });
});
