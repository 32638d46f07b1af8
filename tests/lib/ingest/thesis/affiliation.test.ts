import { describe, expect, it } from 'vitest';
import { opensWithFieldBeforeFaculty, opensWithUnitName, parseAffiliation, withoutClosingContact, withoutPublisher } from '../../../../src/lib/ingest/thesis/affiliation.ts';

describe('parseAffiliation', () => {
  it("leaves a unit's accreditation out of its name", () => {
    expect(parseAffiliation('Program Studi Ilmu Hubungan Internasional Terakreditasi A SK BAN PT NO: 451/SK/BAN-PT/2014')).toEqual({
      department: 'Program Studi Ilmu Hubungan Internasional',
    });
    expect(parseAffiliation('Department of Law Accredited by BAN-PT')).toEqual({ department: 'Department of Law' });
  });

  it("reads a field's name printed before the faculty as the department", () => {
    expect(parseAffiliation('International Relations, Faculty of Social and Political Sciences, Universitas Riau')).toEqual({
      department: 'International Relations',
      faculty: 'Faculty of Social and Political Sciences',
      institution: 'Universitas Riau',
    });
    expect(opensWithFieldBeforeFaculty('1,2,3 Peace and Conflict Resolution, Faculty of National Security')).toBe(true);
    // A person's name, a long run of words or a part not followed by a faculty is no department.
    expect(parseAffiliation('Andi Pratama, Fakultas Hukum, Universitas Andalas').department).toBeUndefined();
    expect(parseAffiliation('Tiara Zulyansari Liu Magister of Political Sciences, Faculty of Law').department).toBeUndefined();
    expect(parseAffiliation('International Relations, Universitas Riau').department).toBeUndefined();
    expect(opensWithFieldBeforeFaculty('Andi Pratama, Fakultas Hukum')).toBe(false);
  });

  it('keeps whole a faculty or department named by a list of fields closed by "dan"/"and"', () => {
    expect(parseAffiliation('FAKULTAS EKONOMI, BISNIS DAN HUMANIORA UNIVERSITAS ISLAM NEGERI GADING')).toEqual({
      faculty: 'FAKULTAS EKONOMI, BISNIS DAN HUMANIORA',
      institution: 'UNIVERSITAS ISLAM NEGERI GADING',
    });
    expect(parseAffiliation('1,2Prodi Hukum, Fakultas Ekonomi, Bisnis, dan Humaniora, Universitas Tangerang Raya')).toEqual({
      department: 'Prodi Hukum',
      faculty: 'Fakultas Ekonomi, Bisnis, dan Humaniora',
      institution: 'Universitas Tangerang Raya',
    });
    expect(parseAffiliation('School of Global, Urban and Social Studies')).toEqual({ faculty: 'School of Global, Urban and Social Studies' });
    // A list that is no closing "and" part, or that runs on to a university, is split as before.
    expect(parseAffiliation('Fakultas Hukum, Bandung, Jawa Barat')).toEqual({ faculty: 'Fakultas Hukum' });
    expect(parseAffiliation('Fakultas Hukum, Universitas Andalas')).toEqual({ faculty: 'Fakultas Hukum', institution: 'Universitas Andalas' });
  });

  it("ends a unit's name where a page's snippet cuts it with an ellipsis or a middle dot", () => {
    expect(parseAffiliation('jurusan ilmu hubungan internasional … · boats definisi suaka menurut')).toEqual({ department: 'jurusan ilmu hubungan internasional' });
    expect(parseAffiliation('Program Studi Ilmu Hukum... Kata pengantar')).toEqual({ department: 'Program Studi Ilmu Hukum' });
  });

  it('reads no unit from the universities in brackets after the degrees an author holds', () => {
    expect(parseAffiliation('Ani Lestari BA (Universitas Jember), MA (Nagoya University)')).toEqual({});
    expect(parseAffiliation('Ani Lestari BA (Universitas Jember), School of Law, Monash University')).toEqual({
      faculty: 'School of Law',
      institution: 'Monash University',
    });
  });

  it('keeps the words before an English "University of" or "Institute of Technology" that are part of the name', () => {
    expect(parseAffiliation('Royal Melbourne Institute of Technology (RMIT)')).toEqual({ institution: 'Royal Melbourne Institute of Technology (RMIT)' });
    expect(parseAffiliation('Norwegian University of Life Sciences')).toEqual({ institution: 'Norwegian University of Life Sciences' });
    // Another institute may be a publisher; a unit's word or a small word before it is no part of the name.
    expect(parseAffiliation('Asian Institute of Research')).toEqual({ institution: 'Institute of Research' });
    expect(parseAffiliation('Lecturer at the University of Leeds').institution).toBe('University of Leeds');
  });

  it('keeps those words when a cover prints the name all in capitals', () => {
    expect(parseAffiliation('MASSACHUSETTS INSTITUTE OF TECHNOLOGY')).toEqual({ institution: 'MASSACHUSETTS INSTITUTE OF TECHNOLOGY' });
    expect(parseAffiliation('THE UNIVERSITY OF QUEENSLAND')).toEqual({ institution: 'THE UNIVERSITY OF QUEENSLAND' });
    // A sentence's words in capitals before it are still no part of the name.
    expect(parseAffiliation('PRESENTED TO THE UNIVERSITY OF CONTOH').institution).toBe('UNIVERSITY OF CONTOH');
  });

  it('ends a department before the preposition leading to the faculty after it', () => {
    expect(parseAffiliation('Jurusan Ilmu Hukum Pada Fakultas Syariah dan Hukum Universitas Contoh').department).toBe('Jurusan Ilmu Hukum');
  });

  it('splits a faculty in capitals from the "UIN" university run on after it', () => {
    expect(parseAffiliation('FAKULTAS SYARIAH DAN HUKUM UIN CONTOH MAKASSAR')).toEqual({ faculty: 'FAKULTAS SYARIAH DAN HUKUM', institution: 'UIN CONTOH MAKASSAR' });
  });

  it('reads a law faculty\'s section printed in capitals as the department', () => {
    expect(parseAffiliation('BAGIAN HUKUM PIDANA')).toEqual({ department: 'BAGIAN HUKUM PIDANA' });
    expect(parseAffiliation('BAGIAN HUKUM INTERNASIONAL, FAKULTAS HUKUM')).toEqual({ department: 'BAGIAN HUKUM INTERNASIONAL', faculty: 'FAKULTAS HUKUM' });
    // A part of a text, and the everyday word in prose, are no section.
    expect(parseAffiliation('BAGIAN PERTAMA')).toEqual({});
    expect(parseAffiliation('Bagian hukum pidana')).toEqual({});
  });

  it("ends a study programme where its faculty's acronym is run on after it", () => {
    expect(parseAffiliation('Prodi Hubungan Internasional FISIP Universitas Contoh')).toEqual({
      department: 'Prodi Hubungan Internasional',
      institution: 'Universitas Contoh',
    });
    expect(parseAffiliation('PROGRAM STUDI ILMU HUKUM FH UNIVERSITAS CONTOH')).toEqual({ department: 'PROGRAM STUDI ILMU HUKUM', institution: 'UNIVERSITAS CONTOH' });
  });

  it("reads a law faculty's section in mixed case, on its own or closing a cover's sentence", () => {
    expect(parseAffiliation('Bagian Hukum Tata Negara, Fakultas Hukum')).toEqual({ department: 'Bagian Hukum Tata Negara', faculty: 'Fakultas Hukum' });
    expect(parseAffiliation('Diajukan sebagai Prasyarat untuk Mengikuti Ujian Komprehensif pada Bagian Studi Hukum Pidana')).toEqual({
      department: 'Bagian Studi Hukum Pidana',
    });
    // A government office's legal division is a workplace, and "bagian" before another word is the everyday word.
    expect(parseAffiliation('Kepala Bagian Hukum Sekretariat Daerah')).toEqual({});
    expect(parseAffiliation('Bagian Akhir Skripsi')).toEqual({});
  });

  it('splits an English line of units run together, keeping "The" that opens a university\'s name', () => {
    expect(parseAffiliation('The University of Leeds Centre for Criminal Justice Studies School of Law')).toEqual({
      institution: 'The University of Leeds',
      department: 'Centre for Criminal Justice Studies',
      faculty: 'School of Law',
    });
    expect(parseAffiliation('Graduate School of International Studies, Seoul University')).toEqual({
      faculty: 'Graduate School of International Studies',
      institution: 'Seoul University',
    });
    // "the" after a preposition is no part of the name.
    expect(parseAffiliation('Lecturer at the University of Leeds').institution).toBe('University of Leeds');
  });

  it('keeps those words when a cover prints the name all in capitals', () => {
    expect(parseAffiliation('MASSACHUSETTS INSTITUTE OF TECHNOLOGY')).toEqual({ institution: 'MASSACHUSETTS INSTITUTE OF TECHNOLOGY' });
    expect(parseAffiliation('THE UNIVERSITY OF QUEENSLAND')).toEqual({ institution: 'THE UNIVERSITY OF QUEENSLAND' });
    // A sentence's words in capitals before it are still no part of the name.
    expect(parseAffiliation('PRESENTED TO THE UNIVERSITY OF CONTOH').institution).toBe('UNIVERSITY OF CONTOH');
  });

  it('reads a research centre as a department only beside a university', () => {
    expect(parseAffiliation('Center for Southeast Asian Studies, Kyoto University')).toEqual({
      department: 'Center for Southeast Asian Studies',
      institution: 'Kyoto University',
    });
    expect(parseAffiliation('Centre for Strategic and International Studies, Jakarta')).toEqual({});
  });

  it('splits a unit whose opening word in capitals is run into the word before it', () => {
    expect(parseAffiliation('FAKULTAS HUKUMUNIVERSITAS ANDALAS')).toEqual({ faculty: 'FAKULTAS HUKUM', institution: 'UNIVERSITAS ANDALAS' });
    expect(parseAffiliation('PROGRAM STUDI ILMU POLITIKFAKULTAS ILMU SOSIAL')).toEqual({ department: 'PROGRAM STUDI ILMU POLITIK', faculty: 'FAKULTAS ILMU SOSIAL' });
    // In mixed case nothing is cut: the word is not a cover's capitals.
    expect(parseAffiliation('Fakultas HukumUniversitas Andalas')).toEqual({ faculty: 'Fakultas HukumUniversitas Andalas' });
  });

  it('reads an Indonesian sentence ending, keeping the wording', () => {
    expect(parseAffiliation('pada departemen ilmu hubungan internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Hasanuddin.')).toEqual({
      department: 'departemen ilmu hubungan internasional',
      faculty: 'Fakultas Ilmu Sosial dan Ilmu Politik',
      institution: 'Universitas Hasanuddin',
    });
  });

  it("reads only the first author's note where the notes run together", () => {
    expect(parseAffiliation('1 Lecturer at Faculty of Law, Nusa University, Kupang. 2Postgraduate Program, Faculty of Law, Bima University.')).toEqual({
      faculty: 'Faculty of Law',
      institution: 'Nusa University',
    });
    expect(parseAffiliation('Universitas Contoh, Vol. 3 No. 2 Program Studi Hukum')).toEqual({
      institution: 'Universitas Contoh',
      department: 'Program Studi Hukum',
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

  it('takes no title line that merely ends with a unit word for a unit', () => {
    expect(parseAffiliation('Diplomasi Publik Jepang Melalui Program')).toEqual({});
    expect(parseAffiliation('Cooperation Against Piracy Through the Coast Guard Program')).toEqual({});
    expect(parseAffiliation('Maritime Security Studies Program')).toEqual({ department: 'Maritime Security Studies Program' });
  });

  it('ends a study programme at the concentration printed after it', () => {
    expect(parseAffiliation('Program Studi Ilmu Komunikasi Peminatan/Konsentrasi Hubungan Internasional').department).toBe('Program Studi Ilmu Komunikasi');
    expect(parseAffiliation('Program Studi Ilmu Hubungan Internasional dengan Peminatan Keamanan').department).toBe('Program Studi Ilmu Hubungan Internasional');
    expect(parseAffiliation('Department of Political Science with a concentration in Security Studies').department).toBe('Department of Political Science');
  });

  it("reads the units after a person's role", () => {
    expect(parseAffiliation('Lecturer at the Department of International Relations, Universitas Airlangga')).toEqual({
      department: 'Department of International Relations',
      institution: 'Universitas Airlangga',
    });
    expect(parseAffiliation('Dosen pada Program Studi Ilmu Hukum, Universitas Mataram').department).toBe('Program Studi Ilmu Hukum');
    expect(opensWithUnitName('Mahasiswa Program Studi Hubungan Internasional, Universitas Riau')).toBe(true);
    expect(opensWithUnitName('Lecturer at a small college, said the report')).toBe(false);
  });

  it('returns nothing for text without units', () => {
    expect(parseAffiliation('Tarisya Alifia')).toEqual({});
  });
});

describe('parseAffiliation on cover and article forms', () => {
  it('reads a department named before its unit word', () => {
    expect(parseAffiliation('International Relations Study Program')).toEqual({ department: 'International Relations Study Program' });
  });

  it('splits a department named before its unit word from the English university run on after it', () => {
    expect(parseAffiliation('Faculty of Humanities, International Relations Study Program Lintas University In partial Fulfillment')).toEqual({
      faculty: 'Faculty of Humanities',
      department: 'International Relations Study Program',
      institution: 'Lintas University',
    });
    expect(parseAffiliation('Criminology Department Lintas Raya University')).toEqual({ department: 'Criminology Department', institution: 'Lintas Raya University' });
  });

  it('reads a master\'s programme as the department', () => {
    expect(parseAffiliation('PROGRAM MAGISTER ILMU HUBUNGAN INTERNASIONAL FAKULTAS HUKUM')).toEqual({
      department: 'PROGRAM MAGISTER ILMU HUBUNGAN INTERNASIONAL',
      faculty: 'FAKULTAS HUKUM',
    });
  });

  it('drops a form label\'s colon, a superscript marker and a closing year', () => {
    expect(parseAffiliation('Program Studi : Ilmu Politik')).toEqual({ department: 'Program Studi Ilmu Politik' });
    expect(parseAffiliation('2Departemen Kriminologi, Universitas Sriwangi, Indonesia')).toEqual({
      department: 'Departemen Kriminologi',
      institution: 'Universitas Sriwangi',
    });
    expect(parseAffiliation('Universitas Nusa Indah 2023')).toEqual({ institution: 'Universitas Nusa Indah' });
  });
});

describe('parseAffiliation on cover sentences and graduate schools', () => {
  it('ends a unit name where a clause begins ("untuk memenuhi ...", "in partial fulfilment ...")', () => {
    expect(
      parseAffiliation('Diajukan kepada Universitas Islam Negeri Sunan Giri Surabaya untuk memenuhi salah satu persyaratan dalam memperoleh gelar'),
    ).toEqual({ institution: 'Universitas Islam Negeri Sunan Giri Surabaya' });
    expect(parseAffiliation('Submitted to the Faculty of Law in partial fulfilment of the requirements')).toEqual({ faculty: 'Faculty of Law' });
    expect(parseAffiliation('Program Studi Ilmu Politik sebagai syarat kelulusan')).toEqual({ department: 'Program Studi Ilmu Politik' });
  });

  it('ends a unit name at the author after "Oleh" where a cover\'s lines ran together', () => {
    expect(parseAffiliation('Universitas Muhammadiyah Sumatera Utara Oleh: DEDDY Z HARAHAP NPM: 1720010034')).toEqual({
      institution: 'Universitas Muhammadiyah Sumatera Utara',
    });
  });

  it('ends a unit name at a closing quotation mark that no opening one precedes', () => {
    expect(parseAffiliation('Dosen Hukum Universitas Muhammadiyah Yogyakarta” Naskah Publikasi JURNAL SKRIPSI (Diajukan')).toEqual({
      institution: 'Universitas Muhammadiyah Yogyakarta',
    });
    expect(parseAffiliation('Universitas Pembangunan Nasional “Veteran” Jakarta')).toEqual({
      institution: 'Universitas Pembangunan Nasional “Veteran” Jakarta',
    });
  });

  it('splits an English university named word first off the faculty whose field it follows', () => {
    expect(parseAffiliation('Faculty of Humanities Harapan Bangsa University in partial fulfillment')).toEqual({
      faculty: 'Faculty of Humanities',
      institution: 'Harapan Bangsa University',
    });
    expect(parseAffiliation('FACULTY OF LAW TANJUNG UNIVERSITY')).toEqual({ faculty: 'FACULTY OF LAW', institution: 'TANJUNG UNIVERSITY' });
  });

  it('reads "the Faculty of the X College" as the college, not as a faculty', () => {
    expect(parseAffiliation('the Faculty of the US Army Command and General Staff College in partial fulfillment')).toEqual({
      institution: 'US Army Command and General Staff College',
    });
  });

  it('reads a master\'s programme named without "Program" as the department only beside a faculty or university', () => {
    expect(parseAffiliation('Magister Ilmu Sosial Fakultas Ilmu Sosial dan Ilmu Politik Universitas Tanjung Harapan')).toEqual({
      department: 'Magister Ilmu Sosial',
      faculty: 'Fakultas Ilmu Sosial dan Ilmu Politik',
      institution: 'Universitas Tanjung Harapan',
    });
    expect(opensWithUnitName('Magister of Political Sciences, Faculty of Social and Political Sciences Universitas Nasional')).toBe(true);
    expect(parseAffiliation('Magister Hukum')).toEqual({});
    expect(opensWithUnitName('Magister Hukum (M.H)')).toBe(false);
    expect(parseAffiliation('Untuk Memperoleh Gelar Magister Hukum, Universitas Tanjung Harapan')).toEqual({ institution: 'Universitas Tanjung Harapan' });
  });

  it('keeps "The" opening an English name and the country a catalogue puts in brackets after it', () => {
    expect(parseAffiliation('The Australian National University (Australia)')).toEqual({ institution: 'The Australian National University (Australia)' });
    expect(parseAffiliation('at the Harapan University')).toEqual({ institution: 'Harapan University' });
  });

  it('reads a graduate school named by its opening words alone as the faculty', () => {
    expect(parseAffiliation('SEKOLAH PASCASARJANA')).toEqual({ faculty: 'SEKOLAH PASCASARJANA' });
    expect(parseAffiliation('Graduate School')).toEqual({ faculty: 'Graduate School' });
    expect(parseAffiliation('Sekolah Pascasarjana Universitas Gading')).toEqual({
      faculty: 'Sekolah Pascasarjana',
      institution: 'Universitas Gading',
    });
  });

  it("reads a graduate programme named with its field as the faculty over the study programme", () => {
    expect(parseAffiliation('Program Studi Ilmu Hukum\nPROGRAM PASCASARJANA ILMU HUKUM\nUNIVERSITAS GADING')).toEqual({
      department: 'Program Studi Ilmu Hukum',
      faculty: 'PROGRAM PASCASARJANA ILMU HUKUM',
      institution: 'UNIVERSITAS GADING',
    });
  });
});

describe('opensWithUnitName', () => {
  it.each(['Program Studi Hubungan Internasional, Fakultas Ushuluddin', 'UIN Sunan Giri Surabaya.', '1Departemen Kriminologi, Universitas X'])(
    'is true for %j',
    (text) => {
      expect(opensWithUnitName(text)).toBe(true);
    },
  );

  it.each(['Diajukan kepada Universitas X', 'Studi Kasus Universitas Hasanuddin', 'Kerja sama Indonesia'])('is false for %j', (text) => {
    expect(opensWithUnitName(text)).toBe(false);
  });
});

describe('parseAffiliation: an address or a second unit after a name', () => {
  it('ends a university at the street address printed after it', () => {
    expect(parseAffiliation('Universitas Komputer Indonesia Jalan Dipatiukur No.102-116').institution).toBe('Universitas Komputer Indonesia');
    expect(parseAffiliation('Universitas Diponegoro Jl. Prof. H. Soedarto, SH, Tembalang').institution).toBe('Universitas Diponegoro');
  });

  it('ends a department where a second unit follows a dash, mojibake included', () => {
    expect(parseAffiliation('Jurusan Ilmu Hubungan Internasional ± Prodi Hubungan Internasional').department).toBe('Jurusan Ilmu Hubungan Internasional');
  });
});

describe("parseAffiliation: the author's contact or the article's information box run on after a unit", () => {
  it.each([
    'Universitas Contoh E-mail: ani@contoh.ac.id',
    'Universitas Contoh (email: ani@contoh.ac.id)',
    'Universitas Contoh Telp. 0411-123456',
    'Universitas Contoh *Corresponding author',
    'Universitas Contoh Received: 12 Jan 2021',
    'Universitas Contoh Diterima: 12 Januari 2021',
    'Universitas Contoh Info Artikel',
    'Universitas Contoh ARTICLE INFO',
  ])('ends the name before it: %j', (line) => {
    expect(parseAffiliation(line)).toEqual({ institution: 'Universitas Contoh' });
  });

  it('keeps a name whose words only open like a label', () => {
    expect(parseAffiliation('Universitas Telkom')).toEqual({ institution: 'Universitas Telkom' });
  });
});

describe('parseAffiliation, a unit run into what follows it on the page', () => {
  it('stops at a bullet, a keyword label and a mark printed after the name', () => {
    expect(parseAffiliation('Universitas Katolik Contoh • Rina Wulandari').institution).toBe('Universitas Katolik Contoh');
    expect(parseAffiliation('Universitas Contoh Keywords: Human Smuggling').institution).toBe('Universitas Contoh');
    expect(parseAffiliation('Universitas Nusa Contoh 1').institution).toBe('Universitas Nusa Contoh');
    expect(parseAffiliation('Institut Teknologi Sepuluh Nopember').institution).toBe('Institut Teknologi Sepuluh Nopember');
  });
});

describe('withoutPublisher', () => {
  it('cuts a paragraph where "Published by" names the journal publisher', () => {
    expect(withoutPublisher('Read it online at <www.example.org> Published by Example Institute of Area Studies.')).toBe('Read it online at <www.example.org>');
    expect(withoutPublisher('Fakultas Hukum, Universitas Contoh. Diterbitkan oleh Lembaga Penerbitan Universitas Contoh')).toBe('Fakultas Hukum, Universitas Contoh.');
  });

  it('empties a line that is a publisher label or follows one, and keeps any other line whole', () => {
    expect(withoutPublisher('Penerbit: Universitas Contoh Press')).toBe('');
    expect(withoutPublisher('Example Institute of Area Studies', 'Published by')).toBe('');
    expect(withoutPublisher('Department of Law, Universitas Contoh', 'Jane Doe')).toBe('Department of Law, Universitas Contoh');
  });
});

describe('parseAffiliation: a cover closed by the Gregorian and Hijri years', () => {
  it('reads the institution without "2018/1439 H" after it', () => {
    expect(parseAffiliation('UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA 2018/1439 H').institution).toBe('UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA');
    expect(parseAffiliation('UNIVERSITAS ISLAM NEGERI WALISONGO 2024 M/1445 H').institution).toBe('UNIVERSITAS ISLAM NEGERI WALISONGO');
  });
});

describe('withoutClosingContact', () => {
  it('drops an e-mail address closing a line, labelled or in brackets, and keeps a line without one', () => {
    expect(withoutClosingContact('Universitas Contoh, Indonesia; email: a.b@contoh.ac.id')).toBe('Universitas Contoh, Indonesia');
    expect(withoutClosingContact('Universitas Contoh (a.b@contoh.ac.id)')).toBe('Universitas Contoh');
    expect(withoutClosingContact('Universitas Contoh, Jakarta')).toBe('Universitas Contoh, Jakarta');
  });
});

describe('parseAffiliation: a workplace role naming the institution without a unit word', () => {
  it('reads the place after "Peneliti pada" or "Researcher at" as the institution', () => {
    expect(parseAffiliation('Peneliti pada Puslitbang Kejaksaan RI')).toEqual({ institution: 'Puslitbang Kejaksaan RI' });
    expect(parseAffiliation('Researcher at the Habibie Center, Jakarta')).toEqual({ institution: 'Habibie Center' });
    expect(opensWithUnitName('Peneliti pada Puslitbang Kejaksaan RI')).toBe(true);
  });

  it('leaves a field after "Lecturer in" and a sentence after the role alone', () => {
    expect(parseAffiliation('Lecturer in International Relations')).toEqual({});
    expect(parseAffiliation('Peneliti pada Pusat Studi yang meneliti kejahatan di laut')).toEqual({});
  });
});

describe('parseAffiliation: a graduate school named by its closing words', () => {
  it('reads a name closing on "Postgraduate School" as the institution', () => {
    expect(parseAffiliation('NAVAL POSTGRADUATE SCHOOL')).toEqual({ institution: 'NAVAL POSTGRADUATE SCHOOL' });
  });

  it("leaves out a catalogue imprint's place before the name", () => {
    expect(parseAffiliation('Monterey California. Naval Postgraduate School')).toEqual({});
    expect(parseAffiliation("St. Mary's College")).toEqual({ institution: "St. Mary's College" });
  });
});
