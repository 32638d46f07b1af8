import { describe, expect, it } from 'vitest';
import { publishedDateCandidates } from '../../../../src/lib/ingest/news/published-date-candidates.ts';

const only = (line: string) => publishedDateCandidates([line]).map(({ value, score }) => ({ value, score }));

describe('publishedDateCandidates', () => {
  it('weighs a date after a publication label most', () => {
    expect(only('Diterbitkan 08 Nov 2016, 18:45 WIB')).toEqual([{ value: '2016-11-08', score: 0.85 }]);
    expect(only('Published: April 30, 2013')).toEqual([{ value: '2013-04-30', score: 0.85 }]);
  });

  it('weighs a date after an update label below the choosing threshold', () => {
    expect(only('oleh Hanz Jimenez Salim diperbarui 09 Nov 2016, 18:45 WIB')).toEqual([{ value: '2016-11-09', score: 0.45 }]);
  });

  it('takes a stamp line and a short outlet line with a date', () => {
    expect(only('Tue, April 30, 2013')).toEqual([{ value: '2013-04-30', score: 0.75 }]);
    expect(only('Kompas.com - 11/06/2015, 14:59 WIB')).toEqual([{ value: '2015-06-11', score: 0.65 }]);
  });

  it('gives nothing for a photo caption, whose date is the day of an event', () => {
    expect(only('Jumpa pers kasus penipuan di Polda Metro Jaya, Jumat (2/5/2025). (ANTARA/Risky Syukur)')).toEqual([]);
  });

  it('weighs a date inside a long sentence of the header as weak', () => {
    const sentence = 'Polisi menangkap dua tersangka yang menipu ratusan korban lewat situs investasi palsu pada Jumat, 2 Mei 2025 di Jakarta Selatan';
    expect(only(sentence)).toEqual([{ value: '2025-05-02', score: 0.3 }]);
  });
});
