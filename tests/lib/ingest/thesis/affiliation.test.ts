import { describe, expect, it } from 'vitest';
import { parseAffiliation } from '../../../../src/lib/ingest/thesis/affiliation.ts';

describe('parseAffiliation', () => {
  it('reads an Indonesian sentence ending, keeping the wording', () => {
    expect(parseAffiliation('pada departemen ilmu hubungan internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Hasanuddin.')).toEqual({
      department: 'departemen ilmu hubungan internasional',
      faculty: 'Fakultas Ilmu Sosial dan Ilmu Politik',
      institution: 'Universitas Hasanuddin',
    });
  });

  it('reads English names where the unit word comes last', () => {
    expect(parseAffiliation('at the department of international relations, Faculty of Social and Political Sciences, Hasanuddin University.')).toEqual({
      department: 'department of international relations',
      faculty: 'Faculty of Social and Political Sciences',
      institution: 'Hasanuddin University',
    });
  });

  it('reads a study programme line and a cover page in capitals', () => {
    expect(parseAffiliation('Program Studi Hubungan Internasional, Universitas Gadjah Mada')).toEqual({
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Gadjah Mada',
    });
    expect(parseAffiliation('JURUSAN ILMU HUBUNGAN INTERNASIONAL FAKULTAS ILMU SOSIAL DAN ILMU POLITIK UNIVERSITAS AIRLANGGA')).toEqual({
      department: 'JURUSAN ILMU HUBUNGAN INTERNASIONAL',
      faculty: 'FAKULTAS ILMU SOSIAL DAN ILMU POLITIK',
      institution: 'UNIVERSITAS AIRLANGGA',
    });
  });

  it('returns nothing for text without units', () => {
    expect(parseAffiliation('Tarisya Alifia')).toEqual({});
  });
});
