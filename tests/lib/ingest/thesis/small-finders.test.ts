import { describe, expect, it } from 'vitest';
import { deriveTitleFromAim } from '../../../../src/lib/ingest/thesis/aim-title.ts';
import { findResearchMethod } from '../../../../src/lib/ingest/thesis/research-method.ts';
import { findStudyPeriod } from '../../../../src/lib/ingest/thesis/study-period.ts';
import { findStudyType } from '../../../../src/lib/ingest/thesis/study-type.ts';

describe('deriveTitleFromAim', () => {
  it('takes the object of an Indonesian aim sentence, capitalised, without emphasis', () => {
    expect(deriveTitleFromAim('Latar. Penelitian ini bertujuan untuk mengetahui bagaimana peran *NCB* Interpol di Indonesia tahun 2021-2023. Lalu.', 'id')).toBe(
      'Peran NCB Interpol di Indonesia tahun 2021-2023',
    );
  });

  it('takes the object of an English aim sentence', () => {
    expect(deriveTitleFromAim('This study aims to examine how ASEAN counters online scams. More.', 'en')).toBe('ASEAN counters online scams');
  });

  it('returns nothing without an aim sentence', () => {
    expect(deriveTitleFromAim('Penelitian ini membahas kerja sama.', 'id')).toBeUndefined();
  });
});

describe('findStudyPeriod', () => {
  it.each([
    ['di Kamboja tahun 2021 – 2022', { from: 2021, to: 2022 }],
    ['di Indonesia tahun 2021-2023', { from: 2021, to: 2023 }],
    ['during 2021 until 2022', { from: 2021, to: 2022 }],
    ['Tahun 2019 sampai dengan tahun 2020', { from: 2019, to: 2020 }],
  ])('reads %j', (text, period) => {
    expect(findStudyPeriod([text])).toEqual(period);
  });

  it('searches the texts in order and skips implausible ranges', () => {
    expect(findStudyPeriod(['Judul tanpa tahun', 'sejak 1945-2020 dan 2018-2019'])).toBeUndefined();
    expect(findStudyPeriod(['Judul 2015-2016', 'abstrak 2018-2019'])).toEqual({ from: 2015, to: 2016 });
  });
});

describe('findResearchMethod', () => {
  it('reads the Indonesian method as written', () => {
    expect(findResearchMethod('dengan menggunakan metode penelitian kualitatif secara dekriptif.', 'id')).toBe('kualitatif secara dekriptif');
    expect(findResearchMethod('menggunakan metode penelitian kualitatif dengan mengumpulkan data', 'id')).toBe('kualitatif');
  });

  it('reads the English method', () => {
    expect(findResearchMethod('using descriptive qualitative research methods.', 'en')).toBe('descriptive qualitative');
    expect(findResearchMethod('No method here.', 'en')).toBeUndefined();
  });
});

describe('findStudyType', () => {
  it('reads a type line or the text naming itself, and nothing else', () => {
    expect(findStudyType(['JUDUL', 'SKRIPSI', 'Oleh'])).toBe('SKRIPSI');
    expect(findStudyType(['This undergraduate thesis examines cooperation.'])).toBe('undergraduate thesis');
    expect(findStudyType(['Tesis ini membahas diplomasi.'])).toBe('Tesis');
    expect(findStudyType(['Penelitian ini membahas kerja sama.'])).toBeUndefined();
  });
});

describe('the small finders on other wordings', () => {
  it('reads a period stated as "antara tahun X dan Y" or "between X and Y"', () => {
    expect(findStudyPeriod(['di perairan Taiwan antara tahun 2015 dan 2021, ketika'])).toEqual({ from: 2015, to: 2021 });
    expect(findStudyPeriod(['in Taiwanese waters between 2015 and 2021'])).toEqual({ from: 2015, to: 2021 });
    expect(findStudyPeriod(['antara pemerintah dan 2021 warga'])).toBeUndefined();
  });

  it('reads a method stated as what "yang digunakan adalah"', () => {
    expect(findResearchMethod('Metode penelitian yang digunakan adalah kualitatif deskriptif.', 'id')).toBe('kualitatif deskriptif');
    expect(findResearchMethod('Metode yang digunakan dalam penelitian ini adalah metode kuantitatif.', 'id')).toBe('kuantitatif');
    expect(findResearchMethod('The method used in this research is descriptive qualitative.', 'en')).toBe('descriptive qualitative');
  });

  it('reads a journal article naming itself', () => {
    expect(findStudyType(['Artikel ini mengkaji kerja sama kepolisian.'])).toBe('Artikel');
    expect(findStudyType(['This article examines police cooperation.'])).toBe('article');
  });
});
