import { describe, expect, it } from 'vitest';
import { isProseLine, titleCaseShare } from '../../../../src/lib/ingest/news/prose.ts';

describe('isProseLine', () => {
  it.each([
    ['Kondisi tersebut mendorong pemerintah Indonesia menegaskan bahwa penipuan daring berbahaya.'],
    ['Pernyataan tersebut disampaikan Wakil Menteri Luar Negeri (Wamenlu) RI Arrmanatha Nasir di Bangkok, Thailand, Rabu, 17 Desember 2025.'],
    ['"Ketidakpedulian memberi ruang bagi kriminal, tetapi kerja sama menciptakan keamanan," ujarnya'],
    ['Apakah pemerintah sudah siap menghadapi ancaman penipuan daring lintas negara?'],
  ])('takes %j for prose', (line) => {
    expect(isProseLine(line)).toBe(true);
  });

  it.each([
    ['Kronologi 2 WNI di Rumania Terkna Kusta, Bagaimana Kondisinya?'],
    ['Waspada Efek Samping Pemangkasan Suku Bunga BI terhadap Pasar Saham dan IHSG'],
    ['Indonesia repatriates 54 citizens rescued from Myanmar scam hub'],
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
