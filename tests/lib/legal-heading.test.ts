import { describe, expect, it } from 'vitest';
import { regulationHeading } from '../../src/lib/legal-heading.ts';

describe('regulationHeading', () => {
  it('sets a regulation title as the law heads it: form, number and year, TENTANG, subject', () => {
    expect(regulationHeading('Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara')).toEqual([
      'PERATURAN PRESIDEN',
      'NOMOR 53 TAHUN 2017',
      'TENTANG',
      'BADAN SIBER DAN SANDI NEGARA',
    ]);
  });

  it('keeps a number as printed and the subject whole, "tentang" inside it included', () => {
    expect(regulationHeading('Peraturan Menteri Komunikasi dan Informatika Nomor 26/PER/M.KOMINFO/5/2007 tentang Pengamanan Pemanfaatan Jaringan')).toEqual([
      'PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA',
      'NOMOR 26/PER/M.KOMINFO/5/2007',
      'TENTANG',
      'PENGAMANAN PEMANFAATAN JARINGAN',
    ]);
    expect(regulationHeading('Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik')?.[3]).toBe(
      'PERUBAHAN ATAS UNDANG-UNDANG NOMOR 11 TAHUN 2008 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK',
    );
  });

  it('gives none for a title of another shape', () => {
    expect(regulationHeading('Deklarasi ASEAN untuk Mencegah dan Memberantas Kejahatan Siber')).toBeUndefined();
    expect(regulationHeading('Konvensi PBB Menentang Tindak Pidana Transnasional yang Terorganisasi')).toBeUndefined();
  });
});
