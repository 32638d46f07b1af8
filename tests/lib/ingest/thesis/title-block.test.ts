import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../../../src/lib/ingest/thesis/person-name.ts';
import { cleanTitle, parseTitleBlock } from '../../../../src/lib/ingest/thesis/title-block.ts';

describe('cleanTitle', () => {
  it("drops a chapter's heading run in before a title in capitals, and keeps a title opening on the word in mixed case", () => {
    expect(cleanTitle('PENDAHULUAN LANGKAH KEPOLISIAN DALAM PENANGGULANGAN PENIPUAN ONLINE.')).toBe('LANGKAH KEPOLISIAN DALAM PENANGGULANGAN PENIPUAN ONLINE.');
    expect(cleanTitle('BAB I PENDAHULUAN PERAN INTERPOL DALAM EKSTRADISI')).toBe('PERAN INTERPOL DALAM EKSTRADISI');
    expect(cleanTitle('Introduction to Maritime Law in Indonesia')).toBe('Introduction to Maritime Law in Indonesia');
  });

  it('drops a footnote mark run into the last word, not a number that is part of a name', () => {
    expect(cleanTitle('Penegakan Hukum atas Pembalakan Liar di Kalbar dan Kaltim1')).toBe('Penegakan Hukum atas Pembalakan Liar di Kalbar dan Kaltim');
    expect(cleanTitle('Diplomasi Ekonomi Indonesia dalam Presidensi G20')).toBe('Diplomasi Ekonomi Indonesia dalam Presidensi G20');
    expect(cleanTitle('Pembebasan Sandera Kapal Brahma 12')).toBe('Pembebasan Sandera Kapal Brahma 12');
    expect(cleanTitle('Kebijakan Karantina pada Masa COVID-19')).toBe('Kebijakan Karantina pada Masa COVID-19');
  });

  it('drops a footnote mark run into a last word in capitals, not the number of a short code', () => {
    expect(cleanTitle('PENYELUNDUPAN SENJATA KE WILAYAH INDONESIA1')).toBe('PENYELUNDUPAN SENJATA KE WILAYAH INDONESIA');
    expect(cleanTitle('DIPLOMASI EKONOMI INDONESIA DALAM PRESIDENSI G20')).toBe('DIPLOMASI EKONOMI INDONESIA DALAM PRESIDENSI G20');
    expect(cleanTitle('PENGAMANAN JARINGAN 5G DAN IPV6')).toBe('PENGAMANAN JARINGAN 5G DAN IPV6');
  });

  it('cuts the study type run on after a title, with what follows it', () => {
    expect(cleanTitle('KERJA SAMA KEPOLISIAN PERIODE 2015-2017 Skripsi Diajukan untuk Memenuhi Persyaratan')).toBe('KERJA SAMA KEPOLISIAN PERIODE 2015-2017');
    expect(cleanTitle('KERJA SAMA KEPOLISIAN PERIODE 2015-2017 Skripsi')).toBe('KERJA SAMA KEPOLISIAN PERIODE 2015-2017');
    expect(cleanTitle('A Bridge over the Strait \\[Thesis\\] Doe, Jane')).toBe('A Bridge over the Strait');
    expect(cleanTitle('Thesis Writing in Indonesian Universities')).toBe('Thesis Writing in Indonesian Universities');
  });

  it('reads names in capitals separated by commas under the title as a list, not as one name', () => {
    const block = parseTitleBlock(['KERJA SAMA KEPOLISIAN INDONESIA DAN MALAYSIA', 'AHMAD FAUZI, SITI RAHMA', 'Universitas Tanjungpura']);
    expect(block.authors).toEqual(['AHMAD FAUZI', 'SITI RAHMA']);
    expect(parseTitleBlock(['KERJA SAMA KEPOLISIAN INDONESIA DAN MALAYSIA', 'Ahmad Fauzi, S.H., M.H.']).authors).toEqual(['Ahmad Fauzi, S.H., M.H.']);
  });

  it('removes bold and italic wrappers and joins lines', () => {
    expect(cleanTitle('***COOPERATION BETWEEN\nINDONESIA AND CAMBODIA***')).toBe('COOPERATION BETWEEN INDONESIA AND CAMBODIA');
  });
});

describe('looksLikePersonName', () => {
  it.each(['Tarisya Alifia', 'Muh. Faiq Qushayyi', 'Dr. Siti Aminah, M.Si.', 'Ahmad bin Abdullah'])('accepts %j', (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });
  it.each(['Universitas Hasanuddin', 'Penelitian ini membahas kerja sama', 'SKRIPSI', 'Makassar 2023'])('rejects %j', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });
});

describe('parseTitleBlock', () => {
  it('reads a title and the author under it', () => {
    expect(parseTitleBlock(['**JUDUL PENELITIAN TENTANG KEAMANAN SIBER**', 'Tarisya Alifia'])).toEqual({
      supervisors: [],
      title: 'JUDUL PENELITIAN TENTANG KEAMANAN SIBER',
      authors: ['Tarisya Alifia'],
    });
  });

  it('reads a cover page', () => {
    expect(
      parseTitleBlock([
        'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING',
        'SKRIPSI',
        'Oleh:',
        'Siti Rahmawati',
        'NIM: 17/412345/SP/27890',
        'Pembimbing: Dr. Budi Santoso',
        'Program Studi Hubungan Internasional, Universitas Gadjah Mada',
        '2023',
      ]),
    ).toEqual({
      supervisors: [{ name: 'Dr. Budi Santoso', role: 'Pembimbing' }],
      studyType: 'SKRIPSI',
      title: 'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING',
      authors: ['Siti Rahmawati'],
      studentNumber: '17/412345/SP/27890',
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Gadjah Mada',
      year: 2023,
    });
  });

  it('reads no title from paragraphs printed after an abstract', () => {
    expect(parseTitleBlock(['Catatan penutup'], false)).toEqual({ authors: [], supervisors: [] });
  });
});

describe('parseTitleBlock on other cover and article forms', () => {
  it('reads form lines: title, author, number, units, a supervisor and the type the title label names', () => {
    expect(
      parseTitleBlock([
        'Judul Skripsi : Efektivitas Konvensi ASEAN di Riau',
        'Nama Mahasiswa : Muhammad Rizky Ananda',
        'NIM : B1A117042',
        'Program Studi : Ilmu Hubungan Internasional',
        'Dosen Pembimbing : Dr. Yuliana Sitorus, M.Si.',
      ]),
    ).toEqual({
      title: 'Efektivitas Konvensi ASEAN di Riau',
      authors: ['Muhammad Rizky Ananda'],
      studentNumber: 'B1A117042',
      department: 'Program Studi Ilmu Hubungan Internasional',
      supervisors: [{ name: 'Dr. Yuliana Sitorus, M.Si.', role: 'Pembimbing' }],
      studyType: 'Skripsi',
    });
  });

  it('reads supervisors under a bare label, an unlabelled number and "KOTA 2022"', () => {
    expect(
      parseTitleBlock([
        'JUDUL TESIS',
        'Oleh:',
        'LARASATI AYUNINGTYAS',
        '20/462915/PSP/06781',
        'Pembimbing:',
        'Prof. Dr. Bambang Sutejo, M.A.',
        'Dr. Anindita Paramastri, S.IP., M.Int.St.',
        'UNIVERSITAS BUMI MATARAM',
        'YOGYAKARTA 2022',
      ]),
    ).toEqual({
      title: 'JUDUL TESIS',
      authors: ['LARASATI AYUNINGTYAS'],
      studentNumber: '20/462915/PSP/06781',
      supervisors: [
        { name: 'Prof. Dr. Bambang Sutejo, M.A.', role: 'Pembimbing' },
        { name: 'Dr. Anindita Paramastri, S.IP., M.Int.St.', role: 'Pembimbing' },
      ],
      institution: 'UNIVERSITAS BUMI MATARAM',
      year: 2022,
    });
  });

  it('reads an article head: skips the publication lines, reads the authors and the first affiliation only', () => {
    expect(
      parseTitleBlock([
        'Jurnal Contoh Vol. 3 No. 1 (2020)',
        'DOI: 10.1234/jc.v3i1.5',
        'JUDUL ARTIKEL TENTANG KERJA SAMA',
        'Sari Dewi1, Budi Hartono2',
        '1Program Studi Hubungan Internasional, Universitas Satu, Indonesia',
        '2Fakultas Hukum, Universitas Dua, Indonesia',
        '*Email: sari@satu.ac.id',
        'Diterima: 1 Maret 2020; Disetujui: 1 Juni 2020',
      ]),
    ).toEqual({
      title: 'JUDUL ARTIKEL TENTANG KERJA SAMA',
      authors: ['Sari Dewi', 'Budi Hartono'],
      supervisors: [],
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Satu',
    });
  });

  it("reads no unit from the journal's masthead over the title", () => {
    const block = parseTitleBlock([
      'Contoh - Journal of Regional Studies',
      'Faculty of Social Sciences',
      'Contoh University',
      'MARITIME COOPERATION IN THE SULU SEA',
      'Dewi Lestari',
    ]);
    expect([block.faculty, block.institution]).toEqual([undefined, undefined]);
  });
});

describe('parseTitleBlock on approval pages and Islamic university covers', () => {
  it('lets a labelled title replace a page heading read before it, but not an earlier labelled title', () => {
    expect(parseTitleBlock(['LEMBAR PERSETUJUAN UJIAN', 'Judul Tesis : Diplomasi Siber Indonesia']).title).toBe('Diplomasi Siber Indonesia');
    expect(parseTitleBlock(['Judul : Diplomasi Siber Indonesia', 'Judul Skripsi : Judul Lain']).title).toBe('Diplomasi Siber Indonesia');
  });

  it('reads the study type the title label names, as written', () => {
    expect(parseTitleBlock(['Judul Tesis : Diplomasi Siber Indonesia']).studyType).toBe('Tesis');
    expect(parseTitleBlock(['Thesis Title: Cyber Diplomacy']).studyType).toBe('Thesis');
    expect(parseTitleBlock(['Judul : Diplomasi Siber Indonesia']).studyType).toBeUndefined();
  });

  it('does not take a line in Arabic script as the title', () => {
    expect(parseTitleBlock(['بسم الله الرحمن الرحيم', 'DIPLOMASI PERLINDUNGAN PEKERJA MIGRAN', 'SKRIPSI']).title).toBe(
      'DIPLOMASI PERLINDUNGAN PEKERJA MIGRAN',
    );
  });

  it('reads the Gregorian year of a "1445 H / 2024 M" line and the UIN units', () => {
    expect(
      parseTitleBlock(['PROGRAM STUDI HUBUNGAN INTERNASIONAL', 'FAKULTAS USHULUDDIN DAN FILSAFAT', 'UIN SUNAN GIRI SURABAYA', '1445 H / 2024 M'], false),
    ).toEqual({
      authors: [],
      supervisors: [],
      department: 'PROGRAM STUDI HUBUNGAN INTERNASIONAL',
      faculty: 'FAKULTAS USHULUDDIN DAN FILSAFAT',
      institution: 'UIN SUNAN GIRI SURABAYA',
      year: 2024,
    });
  });

  it('skips an article box printed before the title', () => {
    const block = parseTitleBlock([
      'Article History: Received 12 January 2022; Accepted 3 May 2022',
      'How to cite: Harahap, R. O., & Nasution, T. H. (2022). Peran ASEANAPOL dalam Kerja Sama Pemberantasan Judi Daring Lintas Negara. Jurnal Kajian Keamanan Nusantara, 7(1), 33-52.',
      'Corresponding author: Rini Harahap (rini@uar.ac.id)',
      'PERAN ASEANAPOL DALAM PEMBERANTASAN JUDI DARING',
      'Rini Oktaviani Harahap1, Taufik Hidayat Nasution2',
    ]);
    expect(block.title).toBe('PERAN ASEANAPOL DALAM PEMBERANTASAN JUDI DARING');
    expect(block.authors).toEqual(['Rini Oktaviani Harahap', 'Taufik Hidayat Nasution']);
  });
});

describe('parseTitleBlock, a journal publisher over the abstract', () => {
  it('reads no affiliation from the publisher the journal names', () => {
    const block = parseTitleBlock(['A Study of Smuggling Networks', 'Published by', 'Example Institute of Area Studies, Institute of Maritime Studies']);
    expect(block.institution).toBeUndefined();
    expect(block.department).toBeUndefined();
  });
});

describe('parseTitleBlock: a person under another role\'s label is no author', () => {
  it('takes no author from a reviewer\'s or editor\'s line under the title, and still takes bare names there', () => {
    const title = 'KERJA SAMA EKSTRADISI INDONESIA DAN SINGAPURA';
    expect(parseTitleBlock([title, 'Reviewer: Dr. Siti Aminah, S.H.']).authors).toEqual([]);
    expect(parseTitleBlock([title, 'Editor in Chief: Budi Santoso']).authors).toEqual([]);
    expect(parseTitleBlock([title, 'Siti Aminah, Budi Santoso']).authors).toEqual(['Siti Aminah', 'Budi Santoso']);
  });
});
