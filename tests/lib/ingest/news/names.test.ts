import { describe, expect, it } from 'vitest';
import { createPersonResolver, leadingRun, MAX_RUN_WORDS, splitRoleAndName, trailingRun } from '../../../../src/lib/ingest/news/names.ts';

describe('splitRoleAndName', () => {
  it.each([
    ['Wakil Menteri Luar Negeri (Wamenlu) RI Arrmanatha Nasir', { name: 'Arrmanatha Nasir', role: 'Wakil Menteri Luar Negeri' }],
    ['Wakil Menteri Luar Negeri Arrmanatha C. Nasir', { name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' }],
    ['Deputy Foreign Minister Arrmanatha Nasir', { name: 'Arrmanatha Nasir', role: 'Deputy Foreign Minister' }],
    ['Direktur Tipidsiber Bareskrim Polri Brigjen Himawan Bayu Aji', { name: 'Himawan Bayu Aji', role: 'Direktur Tipidsiber Bareskrim Polri Brigjen' }],
    ['Menurut Arrmanatha', { name: 'Arrmanatha' }],
    ['Kemlu RI', {}],
    ['Kepala PPATK Wahyu Setiabudi', { name: 'Wahyu Setiabudi', role: 'Kepala PPATK' }],
    ['Kepala Kepolisian Resor Dumai AKBP Rudi Hartawan', { name: 'Rudi Hartawan', role: 'Kepala Kepolisian Resor Dumai AKBP' }],
    ['Lukman Hakim', { name: 'Lukman Hakim' }],
    ['Kepala Bidang Humas Polda Sulsel Kombes Hendra Siregar', { name: 'Hendra Siregar', role: 'Kepala Bidang Humas Polda Sulsel Kombes' }],
  ])('splits %j', (run, expected) => {
    expect(splitRoleAndName(run)).toEqual(expected);
  });
});

describe('leadingRun and trailingRun', () => {
  it('stop at lower-case words and at punctuation', () => {
    expect(leadingRun('Wakil Menteri Arrmanatha C. Nasir pada Rabu.')).toBe('Wakil Menteri Arrmanatha C. Nasir');
    expect(leadingRun('Arrmanatha, seperti dikutip')).toBe('Arrmanatha');
    expect(trailingRun('Berbicara di Bangkok, Nasir')).toBe('Nasir');
    expect(trailingRun('hal itu disampaikan Menteri Sugiono')).toBe('Menteri Sugiono');
  });

  it('read from a place inside the text, without the text around it', () => {
    const text = 'ujar Menteri Sugiono di Jakarta, kata Nasir.';
    expect(leadingRun(text, 5)).toBe('Menteri Sugiono');
    expect(trailingRun(text, text.indexOf(' di'))).toBe('Menteri Sugiono');
  });

  it('give nothing for a capitalised run too long to name one person', () => {
    const long = Array.from({ length: MAX_RUN_WORDS + 1 }, () => 'Nasir').join(' ');
    expect(leadingRun(`${long} pada Rabu`)).toBe('');
    expect(trailingRun(`kata ${long}`)).toBe('');
    const longest = Array.from({ length: MAX_RUN_WORDS }, () => 'Nasir').join(' ');
    expect(leadingRun(`${longest} pada Rabu`)).toBe(longest);
  });
});

describe('createPersonResolver', () => {
  const text =
    'Pernyataan disampaikan Wakil Menteri Luar Negeri Arrmanatha C. Nasir di Bangkok. Indonesia mendorong kerja sama. Menteri Luar Negeri Sugiono hadir.';
  const resolve = createPersonResolver(text);

  it('resolves a partial name to the fullest form the text gives, with its role', () => {
    expect(resolve('Nasir')).toEqual({ name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' });
    expect(resolve('Arrmanatha')).toEqual({ name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' });
  });

  it('accepts a one-word name only when the text gives it a role', () => {
    expect(resolve('Sugiono')).toEqual({ name: 'Sugiono', role: 'Menteri Luar Negeri' });
    expect(resolve('Indonesia')).toBeUndefined();
    expect(resolve('Thailand')).toBeUndefined();
  });

  it('gives the same person for a mention asked again', () => {
    expect(resolve('Nasir')).toEqual(resolve('Nasir'));
    expect(resolve('Arrmanatha Nasir')).toEqual({ name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' });
  });
});

describe('splitRoleAndName with places, offices and numerals in the role', () => {
  it.each([
    ['Kepala Kantor Imigrasi Kelas I Khusus Medan Yosua Hutapea', { name: 'Yosua Hutapea', role: 'Kepala Kantor Imigrasi Kelas I Khusus Medan' }],
    ['Kepala OJK Kalimantan Barat Ahmad Fauzan', { name: 'Ahmad Fauzan', role: 'Kepala OJK Kalimantan Barat' }],
    ['Direktur Jenderal Aplikasi Informatika Kominfo Budi Santoso', { name: 'Budi Santoso', role: 'Direktur Jenderal Aplikasi Informatika Kominfo' }],
    ['Pangdam IX Udayana Mayjen Bayu Saputra', { name: 'Bayu Saputra', role: 'Mayjen' }],
    ['Indonesian Citizens Surya Wibisana', { name: 'Surya Wibisana' }],
  ])('splits %j', (run, expected) => {
    expect(splitRoleAndName(run)).toEqual(expected);
  });
});
