import { describe, expect, it } from 'vitest';
import { findAbsoluteDates, findBareWeekdays, findRelativeTimes, isDateStamp, isDayOrMonthName, toIsoDate } from '../../../../src/lib/ingest/news/dates.ts';

describe('findAbsoluteDates', () => {
  it.each([
    ['di Bangkok, Rabu, 17 Desember 2025.', '2025-12-17', 'Rabu, 17 Desember 2025'],
    ['dirilis 17/12/2025 pagi', '2025-12-17', '17/12/2025'],
    ['tanggal 17 Des 2025', '2025-12-17', '17 Des 2025'],
    ['tanggal 5 Agt. 2024', '2024-08-05', '5 Agt. 2024'],
    ['on December 17, 2025, the minister', '2025-12-17', 'December 17, 2025'],
    ['on Wednesday, Dec. 3rd 2025', '2025-12-03', 'Wednesday, Dec. 3rd 2025'],
    ['pada Kamis (18/12/2025) malam', '2025-12-18', 'Kamis (18/12/2025)'],
    ['updated 2025-12-18T10:00', '2025-12-18', '2025-12-18'],
    ['ditangkap 1-2-2024', '2024-02-01', '1-2-2024'],
    ['posted 12th June 2023 at noon', '2023-06-12', '12th June 2023'],
    ['Jakarta 2023.06.12 10:15', '2023-06-12', '2023.06.12'],
    ['stamped 2023/06/12', '2023-06-12', '2023/06/12'],
  ])('reads %j', (text, iso, written) => {
    expect(findAbsoluteDates(text)).toEqual([{ iso, text: written, index: text.indexOf(written) }]);
  });

  it('reads numbers day first, month first only when the second cannot be a month', () => {
    expect(findAbsoluteDates('03/04/2025')[0]?.iso).toBe('2025-04-03');
    expect(findAbsoluteDates('12/17/2025')[0]?.iso).toBe('2025-12-17');
    expect(findAbsoluteDates('17/12/25')[0]?.iso).toBe('2025-12-17');
    expect(findAbsoluteDates('13/13/2025')).toEqual([]);
    expect(findAbsoluteDates('version 2023.06.12.1')).toEqual([]);
    expect(findAbsoluteDates('2023.13.12')).toEqual([]);
  });

  it('dates a span of days by its first day, as one date', () => {
    expect(findAbsoluteDates('Date: 14 - 15 April 2009').map((date) => date.iso)).toEqual(['2009-04-14']);
    expect(findAbsoluteDates('pada 14–15 Mei 2024 di Bali').map((date) => date.iso)).toEqual(['2024-05-14']);
  });

  it('finds several dates in order', () => {
    const text = 'Rabu, 17 Desember 2025 ... Kamis, 18 Desember 2025';
    expect(findAbsoluteDates(text).map((date) => date.iso)).toEqual(['2025-12-17', '2025-12-18']);
  });

  it.each([
    ['periode 2021–2025'],
    ['Desember 2025'],
    ['pada 17 Desember'],
    ['Rp12.000.000'],
    ['31 Februari 2025'],
    ['pukul 14.30 WIB'],
    ['versi 1.2.3'],
  ])('finds no full date in %j', (text) => {
    expect(findAbsoluteDates(text)).toEqual([]);
  });
});

describe('toIsoDate', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(toIsoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(toIsoDate(29, 2, 2025)).toBeUndefined();
    expect(toIsoDate(1, 13, 2025)).toBeUndefined();
  });
});

describe('findRelativeTimes', () => {
  it.each([
    ['15 jam lalu', '15 jam lalu'],
    ['• 2 hari yang lalu', '2 hari yang lalu'],
    ['diunggah sejam lalu', 'sejam lalu'],
    ['kemarin malam', 'kemarin malam'],
    ['5 hours ago', '5 hours ago'],
    ['an hour ago', 'an hour ago'],
    ['posted yesterday', 'yesterday'],
    ['17 jam lalubeautynesia.id', '17 jam lalu'],
  ])('finds the relative time in %j', (text, found) => {
    expect(findRelativeTimes(text).map((span) => span.text)).toEqual([found]);
  });

  it('finds none in an absolute date or a duration', () => {
    expect(findRelativeTimes('Rabu, 17 Desember 2025')).toEqual([]);
    expect(findRelativeTimes('dalam satu tahun terakhir')).toEqual([]);
  });
});

describe('findBareWeekdays', () => {
  it('returns weekdays with their preposition, skipping those inside a full date', () => {
    const text = 'ujar Nasir pada Rabu. Pernyataan dikeluarkan Kamis. Rapat digelar Jumat, 19 Desember 2025.';
    expect(findBareWeekdays(text).map((span) => span.text)).toEqual(['pada Rabu', 'Kamis']);
  });

  it('reads English weekdays', () => {
    expect(findBareWeekdays('the minister said on Wednesday').map((span) => span.text)).toEqual(['on Wednesday']);
  });
});

describe('isDateStamp', () => {
  it.each([['SELASA, 10 AGUSTUS 2021'], ['14:28 WIB'], ['Tue, April 30, 2013'], ['10:35 am']])('takes %j for a stamp', (part) => {
    expect(isDateStamp(part)).toBe(true);
  });

  it.each([['Nasional'], ['LAPORAN: IDHAM ANHARI'], ['10 AGUSTUS 2021 Jakarta']])('takes %j for no stamp', (part) => {
    expect(isDateStamp(part)).toBe(false);
  });
});

describe('isDayOrMonthName', () => {
  it('knows weekdays and months in either language, and nothing else', () => {
    for (const word of ['Selasa', "Jum'at", 'Sunday', 'Mei', 'Dec.', 'Agustus']) expect(isDayOrMonthName(word)).toBe(true);
    for (const word of ['VIVA', 'Tempo', 'Jakarta', 'Seninan']) expect(isDayOrMonthName(word)).toBe(false);
  });
});

describe('isDayOrMonthName: shortened weekdays', () => {
  it.each(['Mon', 'Tue', 'Thurs', 'Sun'])('takes %j for a weekday', (word) => {
    expect(isDayOrMonthName(word)).toBe(true);
  });

  it('takes no place name for one', () => {
    expect(isDayOrMonthName('Monas')).toBe(false);
  });
});
