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

describe("publishedDateCandidates: a masthead's date bar", () => {
  it("weighs a date beside the site's own address or e-mail below the choosing threshold", () => {
    const header = ['Subscribe to Our Channel', 'https://www.youtube.com/@sitetv', 'Monday, November 25, 2024', 'desk@site.id', 'Profesional'];
    expect(publishedDateCandidates(header).map(({ value, score }) => ({ value, score }))).toEqual([{ value: '2024-11-25', score: 0.3 }]);
  });

  it('keeps the weight of a date stamp among other header lines', () => {
    expect(publishedDateCandidates(['Nasional', 'Monday, November 25, 2024', 'Reporter: Ani']).map(({ score }) => score)).toEqual([0.75]);
  });
});

describe("publishedDateCandidates: a date under the site's name", () => {
  it('keeps the weight of a date stamp with only the site name above it', () => {
    expect(publishedDateCandidates(['wartakita.co.id', 'Minggu, 12/05/2024 09:15 WIB', 'Kejahatan Siber']).map(({ score }) => score)).toEqual([0.75]);
  });
});

describe('publishedDateCandidates: a labelled date under the article', () => {
  const scored = (after: string[]) => publishedDateCandidates([], after).map(({ value, score }) => ({ value, score }));

  it('reads "Publication date:" among the first lines after the article', () => {
    expect(only('Publication date: August 6, 2015')).toEqual([{ value: '2015-08-06', score: 0.85 }]);
    expect(scored(['Publication date: August 6, 2015'])).toEqual([{ value: '2015-08-06', score: 0.75 }]);
  });

  it("takes no bare date after the article, nor a label far below it, which may be another story's", () => {
    expect(scored(['Tue, April 30, 2013'])).toEqual([]);
    expect(scored(['Share', 'Tweet', 'Related', 'Published: April 30, 2013'])).toEqual([]);
  });
});
