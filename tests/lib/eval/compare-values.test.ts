import { describe, expect, it } from 'vitest';
import { addCounts, DATELINE_ROOM_WORDS, scoreField, valuesMatch } from '../../../src/lib/eval/compare-values.ts';

const TEXT = { list: false, comparison: 'text' } as const;
const LIST = { list: true, comparison: 'text' } as const;
const counts = (expected: number, correct: number, missed: number, wrong: number, invented: number) => ({
  expected,
  correct,
  missed,
  wrong,
  invented,
});

describe('valuesMatch', () => {
  it('ignores case, punctuation, accents and white space in texts', () => {
    expect(valuesMatch('PENERAPAN ASAS RESIPROSITAS', 'Penerapan  Asas\nResiprositas.', 'text')).toBe(true);
    expect(valuesMatch('Masruchin Ru’bai', "Masruchin Ru'bai", 'text')).toBe(true);
    expect(valuesMatch('10.21776/jtg.v5i2.102', '10.21776/JTG.V5I2.102', 'text')).toBe(true);
  });

  it('counts a word added, lost or changed, and a degree left out', () => {
    expect(valuesMatch('Universitas Komputer Indonesia', 'Universitas Komputer Indonesia Jalan Dipatiukur', 'text')).toBe(false);
    expect(valuesMatch('Christian Novan, S.Kom', 'Christian Novan', 'text')).toBe(false);
    expect(valuesMatch('Universitas Gajah Madah', 'Universitas Gadjah Mada', 'text')).toBe(false);
    expect(valuesMatch('', '', 'text')).toBe(false);
  });

  it('takes an abstract that opens with the expected words, whole words only', () => {
    expect(valuesMatch('The world has divided', 'The world has divided into three tiers.', 'opening')).toBe(true);
    expect(valuesMatch('The world has divid', 'The world has divided into three tiers.', 'opening')).toBe(false);
    expect(valuesMatch('The world has divided', 'Abstract. The world has divided', 'opening')).toBe(false);
  });

  it('takes a lead after a dateline, but not deep inside the paragraph', () => {
    const lead = 'Markas pusat Interpol di Lyon';
    expect(valuesMatch(lead, 'JAKARTA, suaramerdeka.com - Markas pusat Interpol di Lyon, Prancis', 'lead')).toBe(true);
    expect(valuesMatch(lead, 'Markas pusat Interpol di Lyon, Prancis', 'lead')).toBe(true);
    const deep = `${'kata '.repeat(DATELINE_ROOM_WORDS + 1)}Markas pusat Interpol di Lyon`;
    expect(valuesMatch(lead, deep, 'lead')).toBe(false);
  });

  it('compares dates by their ISO value only', () => {
    expect(valuesMatch('2021-08-13', '2021-08-13', 'iso-date')).toBe(true);
    expect(valuesMatch('2021-08-13', '2021-08-14', 'iso-date')).toBe(false);
  });
});

describe('scoreField', () => {
  it('scores one value as correct, missed or wrong, taking any candidate that matches', () => {
    expect(scoreField(['Judul'], ['JUDUL'], TEXT)).toEqual(counts(1, 1, 0, 0, 0));
    expect(scoreField(['Judul'], ['Anda di halaman 1', 'Judul'], TEXT)).toEqual(counts(1, 1, 0, 0, 0));
    expect(scoreField(['Judul'], [], TEXT)).toEqual(counts(1, 0, 1, 0, 0));
    expect(scoreField(['Judul'], ['Anda di halaman 1'], TEXT)).toEqual(counts(1, 0, 0, 1, 0));
  });

  it('counts a value read where the document gives none as invented, once for a single value', () => {
    expect(scoreField(null, ['1 PB', 'Other'], TEXT)).toEqual(counts(0, 0, 0, 0, 1));
    expect(scoreField(null, [], TEXT)).toEqual(counts(0, 0, 0, 0, 0));
    expect(scoreField(null, ['N/A', 'DOI:'], LIST)).toEqual(counts(0, 0, 0, 0, 2));
  });

  it('credits list items one by one, in any order', () => {
    expect(scoreField(['A B', 'C D', 'E F'], ['e f', 'A B'], LIST)).toEqual(counts(3, 2, 1, 0, 0));
  });

  it('pairs unmatched expected items with unmatched items read as wrong, the rest missed or invented', () => {
    expect(scoreField(['Darmadi', 'Agus Joko Pitoyo'], ['Agus Joko Pitoyo', 'Aspect'], LIST)).toEqual(counts(2, 1, 0, 1, 0));
    expect(scoreField(['Darmadi'], ['Aspect', 'DOI:', 'Darmadi'], LIST)).toEqual(counts(1, 1, 0, 0, 2));
    expect(scoreField(['A', 'B', 'C'], ['X'], LIST)).toEqual(counts(3, 0, 2, 1, 0));
  });

  it('matches each item read once: a repeated name is not credited twice', () => {
    expect(scoreField(['Suharto', 'Suharto'], ['Suharto'], LIST)).toEqual(counts(2, 1, 1, 0, 0));
  });
});

describe('addCounts', () => {
  it('adds column by column', () => {
    expect(addCounts(counts(1, 2, 3, 4, 5), counts(10, 20, 30, 40, 50))).toEqual(counts(11, 22, 33, 44, 55));
  });
});
