import { describe, expect, it } from 'vitest';
import { findStudentNumber } from '../../../../src/lib/ingest/thesis/student-number.ts';

describe('findStudentNumber', () => {
  it.each([
    ['Muh. Faiq Qushayyi (E061181339)', 'E061181339'],
    ['NIM: 17/412345/SP/27890', '17/412345/SP/27890'],
    ['NPM. 1706123456', '1706123456'],
    ['Student ID: 2019120045', '2019120045'],
  ])('finds it in %j', (text, number) => {
    expect(findStudentNumber(text)).toBe(number);
  });

  it('does not take a year in brackets', () => {
    expect(findStudentNumber('Rina (2021)')).toBeUndefined();
  });
});
