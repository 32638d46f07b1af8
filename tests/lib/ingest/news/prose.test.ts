import { describe, expect, it } from 'vitest';
import { isProseLine, readClosingSignature, titleCaseShare } from '../../../../src/lib/ingest/news/prose.ts';

describe('isProseLine', () => {
  it.each([
    ['Kondisi tersebut mendorong pemerintah Indonesia menegaskan bahwa penipuan daring berbahaya.'],
    ['Pernyataan tersebut disampaikan Wakil Menteri Luar Negeri (Wamenlu) RI Arrmanatha Nasir di Bangkok, Thailand, Rabu, 17 Desember 2025.'],
    ['"Ketidakpedulian memberi ruang bagi kriminal, tetapi kerja sama menciptakan keamanan," ujarnya'],
    ['Apakah pemerintah sudah siap menghadapi ancaman penipuan daring lintas negara?'],
    // A standfirst without its full stop, joined like a sentence.
    ['The smuggling route was chosen because the boats could reach the other coast within an hour'],
  ])('takes %j for prose', (line) => {
    expect(isProseLine(line)).toBe(true);
  });

  it.each([
    ['Kronologi 2 WNI di Rumania Terkna Kusta, Bagaimana Kondisinya?'],
    ['Waspada Efek Samping Pemangkasan Suku Bunga BI terhadap Pasar Saham dan IHSG'],
    ['Indonesia repatriates 54 citizens rescued from Myanmar scam hub'],
    ['Indonesian police rescue 36 migrants from a coastal shelter in North Sumatra ahead of voyage'],
    ['Berhasil disimpan.'],
    ['Berikan komentar Anda'],
  ])('takes %j for a headline or label', (line) => {
    expect(isProseLine(line)).toBe(false);
  });
});

describe('titleCaseShare', () => {
  it('ignores small words', () => {
    expect(titleCaseShare('Lawan Judol dan Penipuan Online')).toBe(1);
    expect(titleCaseShare('polisi menangkap Budi')).toBeCloseTo(1 / 3);
  });
});

describe("an agency's signature after the last sentence", () => {
  const signed = 'The case is being investigated under Section 12 of the Anti-Trafficking in Persons Act 2007. – Kyodo';

  it('reads the agency', () => {
    expect(readClosingSignature(signed)).toBe('Kyodo');
    expect(readClosingSignature('Polisi masih menyelidiki kasus itu – kata dia')).toBeUndefined();
  });

  it('reads the sentence before it as prose, however capitalised', () => {
    expect(isProseLine(signed)).toBe(true);
  });
});
