import { describe, expect, it } from 'vitest';
import { buildThesisBody } from '../../../../src/lib/ingest/thesis/body-markdown.ts';

const LINE = 'Paragraf pembuka yang cukup panjang untuk menjadi baris penuh dalam teks ini';

describe('buildThesisBody', () => {
  it('writes chapters, sections, subsections, lists and quotes as Markdown', () => {
    const lines = [
      'BAB I',
      'PENDAHULUAN',
      '',
      'A. Latar Belakang',
      LINE,
      'dan berakhir di sini.',
      'Rumusan masalah sebagai berikut :',
      '1. Bagaimana bentuk kerja sama?',
      '2. Bagaimana dampaknya?',
      'B. Kerangka Konseptual',
      '1. Keamanan Nasional',
      LINE,
      'yang ditutup dengan kalimat ini.',
      'Holsti berpendapat bahwa : (Zulkifli, 2012)',
      'International relations may refer to all forms of interaction',
      'between the members of separate societies, whether sponsored by the government or not.',
      '',
      '2. Kerja sama Bilateral',
      'Kerja sama bilateral adalah kerja sama antara dua negara.',
    ];
    const { markdown, review } = buildThesisBody(lines, new Set());
    expect(markdown.split('\n\n')).toEqual([
      '## BAB I PENDAHULUAN',
      '### A. Latar Belakang',
      `${LINE} dan berakhir di sini.`,
      'Rumusan masalah sebagai berikut :',
      '1. Bagaimana bentuk kerja sama?',
      '2. Bagaimana dampaknya?',
      '### B. Kerangka Konseptual',
      '#### 1. Keamanan Nasional',
      `${LINE} yang ditutup dengan kalimat ini.`,
      'Holsti berpendapat bahwa : (Zulkifli, 2012)',
      '> International relations may refer to all forms of interaction between the members of separate societies, whether sponsored by the government or not.',
      '#### 2. Kerja sama Bilateral',
      'Kerja sama bilateral adalah kerja sama antara dua negara.',
    ]);
    expect(review).toEqual([]);
  });

  it('keeps a flattened table in a text block and flags it', () => {
    const { markdown, review } = buildThesisBody(['BAB II TINJAUAN', 'Tabel 2 Data serangan', 'Tahun', 'Jumlah', 'Sumber: BSSN'], new Set());
    expect(markdown).toBe('## BAB II TINJAUAN\n\nTabel 2 Data serangan\n\n```text\nTahun\nJumlah\n```\n\nSumber: BSSN');
    expect(review).toEqual([{ field: 'body', reason: expect.stringContaining('Tabel 2 Data serangan') }]);
  });

  it('writes bullets as a Markdown list, decimal numbers as headings, and escapes stray Markdown', () => {
    const { markdown } = buildThesisBody(['BAB 1', '1.1 Latar Belakang', '• butir pertama;', '• butir kedua.', '# tanda pagar di awal paragraf.'], new Set());
    expect(markdown.split('\n\n')).toEqual(['## BAB 1', '### 1.1 Latar Belakang', '- butir pertama;', '- butir kedua.', '\\# tanda pagar di awal paragraf.']);
  });

  it('writes markup in the text as text inside the structure it recognises', () => {
    const { markdown } = buildThesisBody(
      ['BAB I <b>PENDAHULUAN</b>', 'A. Latar <i>Belakang</i>', 'Teks [tautan](javascript:alert(1)) dan <img src=x onerror=alert(1)> di sini.', '---', '• butir *bintang*;', '1. Bagaimana <script>?', '2. Bagaimana _dampaknya_?'],
      new Set(),
    );
    expect(markdown.split('\n\n')).toEqual([
      '## BAB I \\<b>PENDAHULUAN\\</b>',
      '### A. Latar \\<i>Belakang\\</i>',
      // The reflow joins the short line to its paragraph.
      'Teks \\[tautan]\\(javascript:alert(1)) dan \\<img src=x onerror=alert(1)> di sini. ---',
      '- butir \\*bintang\\*;',
      '1. Bagaimana \\<script>?',
      '2. Bagaimana \\_dampaknya\\_?',
    ]);
  });
});
