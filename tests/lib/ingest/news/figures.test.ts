import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/lib/ingest/news/figures.ts';

describe('extractFigures in Indonesian', () => {
  it.each([
    ['Lebih dari 12.000 warga negara Indonesia (WNI) menjadi korban', { value: 12000, unit: 'persons', phrase: '12.000 warga negara Indonesia (WNI)', qualifier: 'more-than' }],
    ['kerugian 474 juta dolar AS', { value: 474_000_000, unit: 'USD', phrase: '474 juta dolar AS' }],
    ['atau sekitar Rp7,9 triliun.', { value: 7.9e12, unit: 'IDR', phrase: 'Rp7,9 triliun', qualifier: 'about' }],
    ['investasi US$ 3,73 miliar', { value: 3.73e9, unit: 'USD', phrase: 'US$ 3,73 miliar' }],
    ['Kerugian Capai Rp11,5 M', { value: 1.15e10, unit: 'IDR', phrase: 'Rp11,5 M' }],
    ['naik 5 persen', { value: 5, unit: 'percent', phrase: '5 persen' }],
    ['naik 2,5%', { value: 2.5, unit: 'percent', phrase: '2,5%' }],
    ['diikuti 58 negara', { value: 58, unit: 'countries', phrase: '58 negara' }],
    ['sedikitnya 1,5 juta orang', { value: 1_500_000, unit: 'persons', phrase: '1,5 juta orang', qualifier: 'at-least' }],
    ['kurang dari 300 korban', { value: 300, unit: 'persons', phrase: '300 korban', qualifier: 'less-than' }],
    ['Rp 500 ribu', { value: 500_000, unit: 'IDR', phrase: 'Rp 500 ribu' }],
    ['menggagalkan 31 calon pekerja migran Indonesia (PMI)', { value: 31, unit: 'persons', phrase: '31 calon pekerja migran Indonesia (PMI)' }],
    ['sebanyak 12 calon pekerja ditampung', { value: 12, unit: 'persons', phrase: '12 calon pekerja' }],
  ])('reads %j', (text, figure) => {
    expect(extractFigures(text, 'id')).toEqual([figure]);
  });
});

describe('extractFigures in English', () => {
  it('takes no capitalised word that is not a nationality for people', () => {
    expect(extractFigures('Chapter 12 Courts and 5 Rules', 'en')).toEqual([]);
  });


  it.each([
    ['more than 12,000 people were trafficked', { value: 12000, unit: 'persons', phrase: '12,000 people', qualifier: 'more-than' }],
    ['12,000 Indonesian citizens', { value: 12000, unit: 'persons', phrase: '12,000 Indonesian citizens' }],
    ['losses of $474 million', { value: 474_000_000, unit: 'USD', phrase: '$474 million' }],
    ['US$3.73 billion', { value: 3.73e9, unit: 'USD', phrase: 'US$3.73 billion' }],
    ['at least 58 countries', { value: 58, unit: 'countries', phrase: '58 countries', qualifier: 'at-least' }],
    ['about 5 percent', { value: 5, unit: 'percent', phrase: '5 percent', qualifier: 'about' }],
    ['$5M in bribes', { value: 5_000_000, unit: 'USD', phrase: '$5M' }],
    ['more than 3,100 Indonesians were sent home', { value: 3100, unit: 'persons', phrase: '3,100 Indonesians', qualifier: 'more-than' }],
    ['40 Filipinos were rescued', { value: 40, unit: 'persons', phrase: '40 Filipinos' }],
    ['smuggled 150 job seekers', { value: 150, unit: 'persons', phrase: '150 job seekers' }],
  ])('reads %j', (text, figure) => {
    expect(extractFigures(text, 'en')).toEqual([figure]);
  });
});

describe('extractFigures false positives', () => {
  it.each([
    ['dalam periode 2021–2025.'],
    ['Antara 2021 dan 2025, dilaporkan'],
    ['pada Rabu, 17 Desember 2025'],
    ['tanggal 17/12/2025'],
    ['BAB 2 TINJAUAN PUSTAKA'],
    ['hubungi 0812-3456-7890 atau (021) 3456 7890'],
    ['pukul 14.30 WIB'],
    ['tiga prioritas utama'],
    ['ribuan WNI menjadi korban'],
    ['pada 2025 negara-negara ASEAN sepakat'],
    ['Pasal 2 ayat 1 UU No. 21 Tahun 2007'],
  ])('finds no figure in %j', (text) => {
    expect(extractFigures(text, 'id')).toEqual([]);
  });

  it('reads every figure of a sentence in order', () => {
    const text = 'mencapai 474 juta dolar AS atau sekitar Rp7,9 triliun bagi 12.000 WNI';
    expect(extractFigures(text, 'id').map((figure) => figure.unit)).toEqual(['USD', 'IDR', 'persons']);
  });
});

describe('extractFigures on "-an" counts and letter scales', () => {
  it('reads "20-an orang" as at least 20 people', () => {
    expect(extractFigures('Polisi memeriksa 20-an orang perekrut.', 'id')).toEqual([
      { value: 20, unit: 'persons', phrase: '20-an orang', qualifier: 'at-least' },
    ]);
  });

  it('keeps an explicit qualifier over the suffix', () => {
    expect(extractFigures('Sekitar 30-an korban melapor.', 'id')).toEqual([
      { value: 30, unit: 'persons', phrase: '30-an korban', qualifier: 'about' },
    ]);
  });

  it('reads nothing from a decade or a count word without a number', () => {
    expect(extractFigures('Modus ini muncul pada 1990-an, dan ratusan korban melapor.', 'id')).toEqual([]);
  });

  it('reads "Rp 3,5 M", "US$ 10 ribu" and "1,2 juta akun"', () => {
    expect(extractFigures('Kerugian Rp 3,5 M, janji US$ 10 ribu, diunduh 1,2 juta akun.', 'id')).toEqual([
      { value: 3_500_000_000, unit: 'IDR', phrase: 'Rp 3,5 M' },
      { value: 10_000, unit: 'USD', phrase: 'US$ 10 ribu' },
      { value: 1_200_000, unit: 'accounts', phrase: '1,2 juta akun' },
    ]);
  });
});
