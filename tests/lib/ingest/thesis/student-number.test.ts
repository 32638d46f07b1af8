import { describe, expect, it } from 'vitest';
import { findStudentNumber, isBareStudentNumber } from '../../../../src/lib/ingest/thesis/student-number.ts';

describe('findStudentNumber', () => {
  it.each([
    ['Muh. Faiq Qushayyi (E061181339)', 'E061181339'],
    ['NIM: 17/412345/SP/27890', '17/412345/SP/27890'],
    ['NPM. 1706123456', '1706123456'],
    ['Student ID: 2019120045', '2019120045'],
    ['ANDI PUTRA ID No. 016201400123', '016201400123'],
  ])('finds it in %j', (text, number) => {
    expect(findStudentNumber(text)).toBe(number);
  });

  it('does not take a year in brackets', () => {
    expect(findStudentNumber('Rina (2021)')).toBeUndefined();
  });
});

describe('findStudentNumber and isBareStudentNumber on other forms', () => {
  it('does not take a range of years in brackets for a student number', () => {
    expect(findStudentNumber('ONLINE SCAM NETWORKS (2019-2023)')).toBeUndefined();
    expect(findStudentNumber('Kevin (019201900172)')).toBe('019201900172');
  });

  it('reads a line holding only a student number, but not an ISSN or a year', () => {
    expect(isBareStudentNumber('20/462915/PSP/06781')).toBe(true);
    expect(isBareStudentNumber('B1A117042')).toBe(true);
    expect(isBareStudentNumber('2301-4512')).toBe(false);
    expect(isBareStudentNumber('2022')).toBe(false);
    expect(isBareStudentNumber('LARASATI AYUNINGTYAS')).toBe(false);
  });
});
