import { describe, expect, it } from 'vitest';
import { createPageLocator } from '../../../../src/lib/ingest/formats/paragraph-pages.ts';

const pages = [
  'ABSTRAK\nPenelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan',
  'BAB I\nPENDAHULUAN\nA. Latar Belakang\nPerkembangan teknologi informasi dalam era globalisasi ini membawa perubahan',
  'besar. Namun, keberadaan internet atau cyberspace ini juga memunculkan berbagai macam penyimpangan\nBAB II\nTINJAUAN PUSTAKA',
];

describe('createPageLocator', () => {
  it('finds each paragraph by its opening words, whatever its markup or line breaks', () => {
    const locator = createPageLocator(pages);
    expect(locator.pageOf('Penelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan indonesia')).toBe(1);
    expect(locator.pageOf('## BAB I')).toBe(2);
    expect(locator.pageOf('**A. Latar Belakang**')).toBe(2);
    expect(locator.pageOf('Namun, keberadaan internet atau cyberspace ini juga memunculkan')).toBe(3);
  });

  it('searches forward from the last paragraph found, so a heading repeated earlier is not taken', () => {
    const locator = createPageLocator(['Daftar isi: BAB II TINJAUAN PUSTAKA', 'BAB I isi pertama', 'BAB II TINJAUAN PUSTAKA isi kedua']);
    expect(locator.pageOf('BAB I isi pertama')).toBe(2);
    expect(locator.pageOf('BAB II TINJAUAN PUSTAKA')).toBe(3);
  });

  it('skips a mangled first word (a ligature, a hyphen) and gives up on text not in the pages', () => {
    const locator = createPageLocator(['The ﬁrst efﬁcient approach to cooperation between states']);
    expect(locator.pageOf('The first efficient approach')).toBe(1);
    expect(locator.pageOf('Ef- ficient approach to cooperation between states')).toBe(1);
    expect(locator.pageOf('Nothing like this appears anywhere')).toBeUndefined();
  });
});
