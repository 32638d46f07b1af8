import { describe, expect, it } from 'vitest';
import { readStatedDate } from '../../../../src/lib/ingest/formats/stated-date.ts';

describe('readStatedDate', () => {
  it.each([
    ['2020', '2020'],
    ['2020/05', '2020-05'],
    ['2020/5/2', '2020-05-02'],
    ['2016-03-01', '2016-03-01'],
    ['2021-08-13T12:53:00+07:00', '2021-08-13'],
    ['2021-08-13 05:53:00', '2021-08-13'],
    ['13/08/2021', '2021-08-13'],
  ])('%j → %j', (input, expected) => {
    expect(readStatedDate(input)).toBe(expected);
  });

  it.each(['', 'Jumat, 13 Agustus 2021', '2021-13-01', '2021-02-30', 'soon'])('does not read %j', (input) => {
    expect(readStatedDate(input)).toBeUndefined();
  });
});
