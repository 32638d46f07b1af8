import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citations/parse-citations.ts';

/** The citations of a passage without their offsets, the part each case is about. */
const read = (text: string) => parseCitations(text).map(({ authors, etAl, year }) => ({ authors, etAl, year }));

describe('parenthetical citations', () => {
  it.each([
    ['keamanan nasional (Zulkifli, 2012).', { authors: ['Zulkifli'], etAl: false, year: '2012' }],
    ['sektor keamanan (Buzan et al., 1998)', { authors: ['Buzan'], etAl: true, year: '1998' }],
    ['ancaman siber (Arianto & Anggraini, 2019)', { authors: ['Arianto', 'Anggraini'], etAl: false, year: '2019' }],
    ['sektor (Buzan, Wæver & de Wilde, 1998: 23)', { authors: ['Buzan', 'Wæver', 'de Wilde'], etAl: false, year: '1998' }],
    ['kerja sama (Jelita dkk., 2020)', { authors: ['Jelita'], etAl: true, year: '2020' }],
    ['kerja sama (Jelita dkk. 2020)', { authors: ['Jelita'], etAl: true, year: '2020' }],
    ['kerja sama (Arianto dan Anggraini, 2019, hlm. 4-5)', { authors: ['Arianto', 'Anggraini'], etAl: false, year: '2019' }],
    ['hubungan (Agita Suryadi, 2015)', { authors: ['Agita Suryadi'], etAl: false, year: '2015' }],
    ['data (Kementerian Perhubungan Republik Indonesia, 2019)', { authors: ['Kementerian Perhubungan Republik Indonesia'], etAl: false, year: '2019' }],
    ['two of a year (Holsti, 1983a)', { authors: ['Holsti'], etAl: false, year: '1983a' }],
    ['(lihat Buzan, 1998, p. 12)', { authors: ['Buzan'], etAl: false, year: '1998' }],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads several works in one bracket, separated by semicolons', () => {
    expect(read('(Zulkifli, 2012; Buzan et al., 1998; Arianto & Anggraini, 2019)')).toEqual([
      { authors: ['Zulkifli'], etAl: false, year: '2012' },
      { authors: ['Buzan'], etAl: true, year: '1998' },
      { authors: ['Arianto', 'Anggraini'], etAl: false, year: '2019' },
    ]);
  });

  it('reads one author with several years as several works', () => {
    expect(read('(Holsti, 1983, 1992)').map((c) => c.year)).toEqual(['1983', '1992']);
  });

  it('reads a citation wrapped over two lines', () => {
    expect(read('(Arianto &\nAnggraini, 2019)')).toEqual([{ authors: ['Arianto', 'Anggraini'], etAl: false, year: '2019' }]);
  });
});

describe('narrative citations', () => {
  it.each([
    ['Charles Maier (1990), menyatakan bahwa', ['Charles Maier'], false, '1990'],
    ['Menurut Holsti (1983: 12) kerja sama', ['Holsti'], false, '1983'],
    ['seperti ditulis Arianto dan Anggraini (2019)', ['Arianto', 'Anggraini'], false, '2019'],
    ['as Buzan et al. (1998) argue', ['Buzan'], true, '1998'],
    ['the sectors of Buzan, Wæver & de Wilde (1998)', ['Buzan', 'Wæver', 'de Wilde'], false, '1998'],
    ['kerja sama di Indonesia dalam laporan K.J Holsti (1983)', ['K.J Holsti'], false, '1983'],
  ])('reads %s', (text, authors, etAl, year) => {
    expect(read(text)).toEqual([{ authors, etAl, year }]);
  });

  it('gives the offset of the name, in the order of the text', () => {
    const text = 'Charles Maier (1990) dan lainnya (Romm, 1993).';
    expect(parseCitations(text).map((c) => [c.start, c.year])).toEqual([
      [0, '1990'],
      [text.indexOf('(Romm'), '1993'],
    ]);
  });
});

describe('what is not a citation', () => {
  it.each([
    'diatur dalam (UU No. 5 Tahun 2009) tentang pengesahan',
    'sebagaimana disebut (Pasal 3) undang-undang',
    'pada tahun itu (2019) banyak kasus',
    'selama 5 tahun terakhir (2006-2010) adalah',
    '(Peraturan Presiden Nomor 53 Tahun 2017, 2017)',
    'laporan (Januari, 2020)',
    'harga naik (sekitar 2019)',
    'buku itu (Buzan 1998)',
    'angka (12.000, 2025)',
    'tahun (1990)',
    'regulasi (UU No. 5 Tahun 2009; Zulkifli, 2012)',
  ])('takes nothing from %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
