import { describe, expect, it } from 'vitest';
import { readEventDate, readPublishedDate } from '../../../../src/lib/ingest/news/article-dates.ts';

describe('readPublishedDate', () => {
  it('takes an absolute date from the header', () => {
    expect(readPublishedDate(['Kompas.com - 18/12/2025, 14:30 WIB'])).toEqual({ iso: '2025-12-18' });
    expect(readPublishedDate(['Kamis, 18 Desember 2025 | 10:15 WIB'])).toEqual({ iso: '2025-12-18' });
  });

  it('never turns a relative time into a date, and quotes it in the flag', () => {
    const reading = readPublishedDate(['viva.co.id', '15 jam lalu']);
    expect(reading.iso).toBeUndefined();
    expect(reading.flag?.field).toBe('published');
    expect(reading.flag?.reason).toContain('"15 jam lalu"');
    expect(readPublishedDate(['5 hours ago']).flag?.reason).toContain('"5 hours ago"');
  });

  it('prefers the labelled publication date to the update stamp before it', () => {
    expect(readPublishedDate(['oleh A Penulis diperbarui 09 Nov 2016, 18:45 WIB', 'Diterbitkan 08 Nov 2016, 18:45 WIB'])).toEqual({ iso: '2016-11-08' });
  });

  it('does not take a date the header gives only inside a sentence, and says so', () => {
    const reading = readPublishedDate(['Polisi menangkap dua tersangka yang menipu ratusan korban lewat situs investasi palsu pada Jumat, 2 Mei 2025 di Jakarta']);
    expect(reading.iso).toBeUndefined();
    expect(reading.flag?.reason).toContain('2025-05-02 is only a date inside a sentence of the header');
  });

  it('flags a header without any date', () => {
    expect(readPublishedDate([])).toEqual({
      flag: { field: 'published', reason: 'no publication date near the headline' },
    });
  });
});

describe('readEventDate', () => {
  it('skips the date of a quoted press statement', () => {
    const reading = readEventDate([
      'Pernyataan tersebut disampaikan Menteri X di Bangkok, Thailand, Rabu, 17 Desember 2025.',
      '"Kutipan panjang di sini," kata X, seperti dikutip dari keterangan pers Kementerian, Kamis, 18 Desember 2025.',
    ]);
    expect(reading).toEqual({ iso: '2025-12-17' });
  });

  it('skips a date after an English "in a statement"', () => {
    const reading = readEventDate(['He said so in a statement on December 18, 2025, after the talks on 16 December 2025.']);
    expect(reading.iso).toBe('2025-12-16');
  });

  it('takes the first of several event dates and asks for a check', () => {
    const reading = readEventDate(['Polisi menangkap pelaku pada 3 Maret 2025 dan menyita barang bukti pada 5 Maret 2025.']);
    expect(reading.iso).toBe('2025-03-03');
    expect(reading.flag?.reason).toContain('"5 Maret 2025"');
  });

  it('leaves the date empty when only a weekday is given, quoting the weekday', () => {
    const reading = readEventDate(['Indonesia memperingatkan hal itu, ujar Nasir pada Rabu.']);
    expect(reading.iso).toBeUndefined();
    expect(reading.flag).toEqual({
      field: 'eventDate',
      reason: 'the text names the day only as "pada Rabu", with no absolute date',
    });
  });

  it('leaves the date empty for "kemarin" and flags a text without any day', () => {
    expect(readEventDate(['Polisi menangkap dua pelaku kemarin.']).flag?.reason).toContain('"kemarin"');
    expect(readEventDate(['Polisi menangkap dua pelaku.']).flag?.reason).toBe('no date of the event in the text');
  });
});

describe('readEventDate with the publication date', () => {
  it('does not take a date after publication (a plan) for the event', () => {
    const reading = readEventDate(['The hotline will start operating on June 1, 2024, officials said on Monday.'], '2024-05-13');
    expect(reading.iso).toBeUndefined();
    expect(reading.flag?.reason).toBe(
      'the text names the day only as "on Monday", with no absolute date; "June 1, 2024" is after the publication date',
    );
  });

  it('takes the earlier date when a planned one follows', () => {
    const reading = readEventDate(['Perjanjian diteken pada 10 Mei 2024 dan berlaku mulai 1 Juni 2024.'], '2024-05-12');
    expect(reading).toEqual({ iso: '2024-05-10' });
  });

  it('takes a date on the publication day itself', () => {
    expect(readEventDate(['Polisi menangkap dua perekrut, Minggu (12/5/2024).'], '2024-05-12')).toEqual({ iso: '2024-05-12' });
  });

  it('keeps the earlier behaviour without a publication date', () => {
    expect(readEventDate(['The hotline will start operating on June 1, 2024.']).iso).toBe('2024-06-01');
  });
});
