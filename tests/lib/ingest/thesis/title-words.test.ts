import { describe, expect, it } from 'vitest';
import { lowerCaseWords, partOfTitle, readsAsNames, withoutRunOnNames } from '../../../../src/lib/ingest/thesis/title-words.ts';

describe('partOfTitle', () => {
  const title = 'Legal Protection for Victims of Trafficking Crimes from Human Rights Aspect';

  it("takes a title's last word, written in lower case in the text, for part of the title", () => {
    const isTitle = partOfTitle([title], lowerCaseWords(`${title}\nAbstract: the human rights aspect of protection ...`));
    expect(isTitle('Aspect')).toBe(true);
  });

  it('keeps a name the title swallowed, since the text never writes it in lower case', () => {
    const isTitle = partOfTitle(['Perdagangan Perempuan di Kabupaten Magelang Darmadi'], lowerCaseWords('Perdagangan Perempuan di Kabupaten Magelang\nDarmadi\nperdagangan perempuan ...'));
    expect(isTitle('Darmadi')).toBe(false);
  });

  it("takes a would-be name that opens the title for the title's opening words, whatever their case", () => {
    const isTitle = partOfTitle(['KERJASAMA TRILATERAL (INDONESIA-MALAYSIA-FILIPINA) MELALUI PATROLI MARITIM'], lowerCaseWords('This study aims to determine ...'));
    expect(isTitle('KERJASAMA TRILATERAL')).toBe(true);
    expect(isTitle('PATROLI MARITIM')).toBe(false);
  });

  it('keeps a name that is not in the title, however ordinary its words', () => {
    expect(partOfTitle([title], lowerCaseWords('Rose Long\nthe rose is long'))('Rose Long')).toBe(false);
  });
});

describe('readsAsNames', () => {
  const ordinary = lowerCaseWords('this study of human trafficking in the modern era names its routes');

  it('reads capitalised words the text never writes in lower case as names, commas lost or not', () => {
    expect(readsAsNames('Difta Anggraeni Syawal Li Idul Fitri Salahuddin', ordinary)).toBe(true);
    expect(readsAsNames('Darmadi', ordinary)).toBe(true);
    expect(readsAsNames('M. Syaprin Zahidi', ordinary)).toBe(true);
  });

  it('refuses a title in another language than the text, by a joining word printed in capitals', () => {
    // An Indonesian title over an English abstract: none of its words is written in lower case.
    expect(readsAsNames('Analisis Kepatuhan Dalam Implementasi Kerjasama Indonesia-Tiongkok', ordinary)).toBe(false);
    expect(readsAsNames('Kerjasama Terhadap Tiongkok', ordinary)).toBe(false);
    expect(readsAsNames('Dan Hartono', ordinary)).toBe(true);
  });

  it("refuses a title's words, a line with small words in lower case, digits or brackets", () => {
    expect(readsAsNames('Human Trafficking', ordinary)).toBe(false);
    expect(readsAsNames('Policy of Sambas', ordinary)).toBe(false);
    expect(readsAsNames('Wednesday 01 May', ordinary)).toBe(false);
    expect(readsAsNames('(Studi Kasus Polda NTT)', ordinary)).toBe(false);
  });
});

describe('withoutRunOnNames', () => {
  const title = 'Penegakan Hukum terhadap Pelaku Penipuan Daring Lintas Negara';

  it('cuts the names a title ran on into, with degrees or read as names by the words of the text', () => {
    expect(withoutRunOnNames(`${title} Dr. Ahmad Fauzi, S.H., M.H.`, [title], lowerCaseWords('penipuan daring lintas negara'))).toBe(title);
    expect(withoutRunOnNames(`${title} Rina Kartika`, [title], lowerCaseWords('penipuan daring lintas negara'))).toBe(title);
  });

  it("keeps a title's own last words, which the text writes in lower case", () => {
    const longer = `${title} Kawasan Asia`;
    expect(withoutRunOnNames(longer, [title], lowerCaseWords('penipuan di kawasan asia'))).toBe(longer);
  });
});
