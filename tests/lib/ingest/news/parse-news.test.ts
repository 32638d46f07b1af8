import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeNews, parseNews } from '../../../../src/lib/ingest/news/parse-news.ts';
import { IngestError } from '../../../../src/lib/ingest/types.ts';

const SOURCES = join(import.meta.dirname, '../../../fixtures/seeds');

function readSeed(prefix: string): { text: string; file: string } {
  const file = readdirSync(SOURCES).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in tests/fixtures/seeds`);
  return { text: readFileSync(join(SOURCES, file), 'utf8'), file };
}

function flagsFor(review: ReadonlyArray<{ field: string; reason: string }>, field: string): string[] {
  return review.filter((flag) => flag.field === field).map((flag) => flag.reason);
}

describe('parseNews on the VIVA seed (002)', () => {
  const { text, file } = readSeed('002_');
  const { data, body, review } = parseNews(text, file);
  const paragraphs = body.split('\n\n');

  it('reads headline, language, outlet and dateline', () => {
    expect(data.headline).toBe('Kemlu: 12.000 WNI Terdampak Kejahatan Transnasional');
    expect(data.language).toBe('id');
    expect(data.outlet).toBe('VIVA');
    expect(data.dateline).toBe('Bangkok');
  });

  it('dates the event from the sentence that describes it, not from the press statement', () => {
    expect(data.eventDate).toBe('2025-12-17');
    expect(flagsFor(review, 'eventDate')).toEqual([]);
  });

  it('leaves published empty and quotes the relative time in the flag', () => {
    expect(data.published).toBeUndefined();
    expect(flagsFor(review, 'published').join()).toContain('"15 jam lalu"');
  });

  it('has no URL, no credits and no copyright, and flags the missing URL and author', () => {
    expect(data.sourceUrl).toBeUndefined();
    expect(data.author).toBeUndefined();
    expect(data.editor).toBeUndefined();
    expect(data.copyright).toBeUndefined();
    expect(flagsFor(review, 'sourceUrl')).toHaveLength(1);
    expect(flagsFor(review, 'author')).toHaveLength(1);
  });

  it('lists the speaker with his role, by the full name first given', () => {
    expect(data.people).toEqual([{ name: 'Arrmanatha Nasir', role: 'Wakil Menteri Luar Negeri' }]);
  });

  it('resolves "kata Arrmanatha" and "ujarnya" to the full name', () => {
    expect(data.quotes).toEqual([
      {
        text: 'Tidak ada satu pun negara di dunia yang dapat menghadapi ancaman ini sendiri. Respons kita harus kolektif, terkoordinasi, dan berskala global',
        speaker: 'Arrmanatha Nasir',
      },
      {
        text: 'Ketidakpedulian memberi ruang bagi kriminal, tetapi kerja sama menciptakan keamanan',
        speaker: 'Arrmanatha Nasir',
      },
    ]);
  });

  it('extracts the figures with values, units and qualifiers, and nothing from years or dates', () => {
    expect(data.figures).toEqual([
      { value: 12000, unit: 'persons', phrase: '12.000 warga negara Indonesia (WNI)', qualifier: 'more-than' },
      { value: 474_000_000, unit: 'USD', phrase: '474 juta dolar AS' },
      { value: 7.9e12, unit: 'IDR', phrase: 'Rp7,9 triliun', qualifier: 'about' },
    ]);
  });

  it('keeps the dateline at the start of the body, with plain spaces', () => {
    expect(paragraphs[0]).toMatch(/^Bangkok, VIVA – Lebih dari 12\.000 warga negara Indonesia \(WNI\)/);
    expect(body).not.toContain('\u00a0');
  });

  it('keeps the thirteen article paragraphs, the last one included, and nothing of the page', () => {
    expect(paragraphs).toHaveLength(13);
    expect(paragraphs.at(-1)).toMatch(/^Konferensi yang diselenggarakan pemerintah Thailand .* lintas negara\.$/);
    expect(paragraphs).toContain('"Ketidakpedulian memberi ruang bagi kriminal, tetapi kerja sama menciptakan keamanan," ujarnya');
    for (const clutter of [
      'Baca Juga',
      'Kronologi 2 WNI',
      'Lawan Judol',
      'thumb',
      'Berikan komentar',
      'Lanjut baca',
      'Artikel Asli',
      'Berhasil disimpan',
      'beautynesia',
      'jam lalu',
      'viva.co.id',
      'Cover Berita',
    ]) {
      expect(body).not.toContain(clutter);
    }
  });
});

describe('parseNews on the ANTARA seed (003)', () => {
  const { text, file } = readSeed('003_');
  const { data, body, review } = parseNews(text, file);
  const paragraphs = body.split('\n\n');

  it('reads headline, outlet, dateline and language', () => {
    expect(data.headline).toBe('Indonesia Peringatkan: Penipuan Daring Ancam Keamanan Regional');
    expect(data.outlet).toBe('ANTARA');
    expect(data.dateline).toBe('Jakarta');
    expect(data.language).toBe('id');
  });

  it('moves the credits and the copyright line into metadata', () => {
    expect(data.editor).toBe('Anton Santoso');
    expect(data.translator).toBe('Cindy Frishanti Octavia');
    expect(data.copyright).toBe('© ANTARA 2025');
    expect(data.author).toBeUndefined();
  });

  it('gives no absolute date: event date and publication date stay empty and are flagged', () => {
    expect(data.eventDate).toBeUndefined();
    expect(data.published).toBeUndefined();
    expect(flagsFor(review, 'eventDate').join()).toContain('"pada Rabu"');
    expect(flagsFor(review, 'published')).toHaveLength(1);
  });

  it('resolves "Nasir" and "katanya" to "Arrmanatha C. Nasir"', () => {
    expect(data.people).toEqual([{ name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' }]);
    expect(data.quotes).toEqual([
      {
        text: 'Tidak ada negara di dunia yang bisa menghadapi ancaman ini sendirian. Tanggapan kita harus kolektif, terkoordinasi, dan berskala global',
        speaker: 'Arrmanatha C. Nasir',
      },
      {
        text: 'Ketidakpedulian memberi ruang bagi penjahat, tapi kerja sama menciptakan keamanan',
        speaker: 'Arrmanatha C. Nasir',
      },
    ]);
  });

  it('reads "lebih dari 12.000 warga Indonesia" and not the years around it', () => {
    expect(data.figures).toEqual([
      { value: 12000, unit: 'persons', phrase: '12.000 warga Indonesia', qualifier: 'more-than' },
    ]);
  });

  it('keeps the eleven paragraphs and drops widgets, related stories, credits and copyright', () => {
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^Jakarta \(ANTARA\) – Indonesia memperingatkan/);
    expect(paragraphs.at(-1)).toBe(
      'Konferensi yang diselenggarakan pemerintah Thailand dan Kantor PBB untuk Narkoba dan Kejahatan ini bertujuan membentuk Kemitraan Global Melawan Penipuan Daring.',
    );
    for (const clutter of ['MEMBACA', 'Kecanduan', 'Berita terkait', 'repatriates', 'Penerjemah', 'Editor', 'Hak Cipta', 'Tinggalkan komentar']) {
      expect(body).not.toContain(clutter);
    }
  });
});

describe('parseNews on made-up pages of other outlets', () => {
  it('reads a Kompas-style page: byline, numeric dates, inline "Baca juga", video and follow calls, URL', () => {
    const page = [
      'Polisi Bongkar Sindikat Penipuan Daring di Batam',
      'Kompas.com - 18/12/2025, 14:30 WIB',
      'Penulis: Budi Santoso',
      'JAKARTA, KOMPAS.com - Polisi membongkar sindikat penipuan daring yang melibatkan sedikitnya 58 warga negara asing (WNA) pada Selasa (16/12/2025).',
      'Baca juga: Kronologi Penangkapan 20 WNA di Batam',
      'Direktur Reserse Kriminal Khusus Polda Kepri Kombes Silvester Simamora mengatakan, para pelaku menipu korban dari 5 negara.',
      '"Mereka bekerja dari sebuah ruko dengan target korban di luar negeri," kata Silvester kepada wartawan.',
      'Simak Video "Polisi Gerebek Markas Scam di Batam"',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com di Google News',
      'Editor: Rina Wulandari',
      'https://regional.kompas.com/read/2025/12/18/143000/polisi-bongkar-sindikat',
    ].join('\n');
    const { data, body } = parseNews(page, 'kompas.txt');
    expect(data).toMatchObject({
      outlet: 'KOMPAS.com',
      dateline: 'JAKARTA',
      author: 'Budi Santoso',
      editor: 'Rina Wulandari',
      published: '2025-12-18',
      eventDate: '2025-12-16',
      sourceUrl: 'https://regional.kompas.com/read/2025/12/18/143000/polisi-bongkar-sindikat',
    });
    expect(data.quotes).toEqual([
      { text: 'Mereka bekerja dari sebuah ruko dengan target korban di luar negeri', speaker: 'Silvester Simamora' },
    ]);
    expect(body.split('\n\n')).toHaveLength(3);
    for (const clutter of ['Baca juga', 'Simak Video', 'Google News', 'Penulis', 'https://']) {
      expect(body).not.toContain(clutter);
    }
  });

  it('reads an English wire story: "(Reporting by ...; Editing by ...)", "Read also:", "Related:", ads', () => {
    const page = [
      'Indonesia says 12,000 citizens caught up in online scams',
      'JAKARTA, Dec 18 (Reuters) - More than 12,000 Indonesian citizens were trafficked into scam centres between 2021 and 2025, Deputy Foreign Minister Arrmanatha Nasir said on Wednesday.',
      'Read also: Thailand hosts scam summit',
      '"No country in the world can face this threat alone," Nasir said.',
      'Advertisement',
      'Scroll to continue with content',
      'Losses reached $474 million last year, or about 5% of reported fraud, he said.',
      '(Reporting by Stanley Widianto; Editing by Kate Mayberry)',
      'Related: Cambodia deports 100 scam workers',
    ].join('\n');
    const { data, body, review } = parseNews(page, 'reuters.txt');
    expect(data).toMatchObject({
      language: 'en',
      outlet: 'Reuters',
      dateline: 'JAKARTA',
      author: 'Stanley Widianto',
      editor: 'Kate Mayberry',
    });
    expect(data.people).toEqual([{ name: 'Arrmanatha Nasir', role: 'Deputy Foreign Minister' }]);
    expect(data.quotes).toEqual([{ text: 'No country in the world can face this threat alone', speaker: 'Arrmanatha Nasir' }]);
    expect(data.figures?.map((figure) => [figure.value, figure.unit])).toEqual([
      [12000, 'persons'],
      [474_000_000, 'USD'],
      [5, 'percent'],
    ]);
    expect(flagsFor(review, 'eventDate').join()).toContain('"on Wednesday"');
    expect(body.split('\n\n')).toHaveLength(3);
    for (const clutter of ['Read also', 'Advertisement', 'Scroll to continue', 'Reporting by', 'Related', 'Cambodia']) {
      expect(body).not.toContain(clutter);
    }
  });

  it('keeps a page with no article paragraph unsorted, its first line as headline, flagged', () => {
    const result = parseNews('Judul Saja\nviva.co.id\n15 jam lalu\n', 'short.txt');
    expect(result.data.headline).toBe('Judul Saja');
    expect(result.review.find((flag) => flag.field === 'headline')?.reason).toMatch(/No headline followed by article paragraphs/);
  });

  it('makes up no headline for a text that starts with the article, and flags it', () => {
    const text =
      'date 2023-10-19 KUALA LUMPUR, Oct 19 — A total of 170 customs personnel from Malaysia and Indonesia are involved in the patrol.\n' +
      'A joint statement from the customs departments of both countries today said the operation was divided into five sectors.\n';
    const result = parseNews(text, 'malaymail.txt');
    expect(result.data.headline).toBeUndefined();
    expect(result.data.published).toBe('2023-10-19');
    expect(result.data.dateline).toBe('KUALA LUMPUR');
    expect(result.body).toMatch(/^KUALA LUMPUR, Oct 19 — A total of 170/);
    expect(result.review.find((flag) => flag.field === 'headline')?.reason).toMatch(/gives no headline/);
  });

  it('throws an IngestError naming the file when there is no line at all', () => {
    expect(() => parseNews('', 'empty.txt')).toThrow(IngestError);
    expect(() => parseNews('', 'empty.txt')).toThrow(/empty\.txt/);
  });
});

describe('looksLikeNews', () => {
  it('scores the news seeds on dateline, widgets, credits and quotes', () => {
    const viva = looksLikeNews(readSeed('002_').text);
    expect(viva.reasons).toEqual([
      'dateline "Bangkok, VIVA –"',
      'site domain line "viva.co.id"',
      'relative time stamp "15 jam lalu"',
      'related-story widget "Baca Juga :"',
      'attributed quotation',
    ]);
    expect(viva.score).toBe(6);
    const antara = looksLikeNews(readSeed('003_').text);
    expect(antara.reasons).toContain('copyright line "© ANTARA 2025"');
    expect(antara.reasons).toContain('credit line "Penerjemah: Cindy Frishanti Octavia"');
    expect(antara.score).toBeGreaterThanOrEqual(5);
  });

  it('gives a thesis abstract no news signal', () => {
    expect(looksLikeNews(readSeed('000_').text)).toEqual({ score: 0, reasons: [] });
  });
});
