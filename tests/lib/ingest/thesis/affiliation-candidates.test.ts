import { describe, expect, it } from 'vitest';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';
import { affiliationCandidates } from '../../../../src/lib/ingest/thesis/affiliation-candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';

const unitsOf = (text: string) => {
  const found = affiliationCandidates(readFrontLines(text));
  return {
    institution: chooseCandidate(found.institution)?.value,
    faculty: chooseCandidate(found.faculty)?.value,
    department: chooseCandidate(found.department)?.value,
  };
};

describe('affiliationCandidates', () => {
  it("reads the units run on after an author's name and degree, spelt \"Departement\" as Indonesian authors often do", () => {
    const front = 'STRATEGY FOR COUNTERING TERRORISM\nAni Lestari, PhD Departement of International Relations, Faculty of Social and Political Sciences, Universitas Tanjung Harapan\nEmail: ani.lestari@uth.ac.id';
    expect(unitsOf(front)).toEqual({
      institution: 'Universitas Tanjung Harapan',
      faculty: 'Faculty of Social and Political Sciences',
      department: 'Departement of International Relations',
    });
  });

  it("reads the units a cover's submission statement names", () => {
    const cover = 'MARITIME SECURITY\nBy\nANI LESTARI ID No. 016201400109\nA thesis presented to the Faculty of Humanities Harapan Bangsa University in partial fulfillment of the requirements\n2018';
    expect(unitsOf(cover)).toEqual({ institution: 'Harapan Bangsa University', faculty: 'Faculty of Humanities', department: undefined });
  });

  it('reads the units a cover line leads to with "at the" or "in the", under the degree', () => {
    const cover = 'Indonesia and the Bali Process\nAni Lestari\nA thesis submitted for the degree of Master of Arts\nat the University of Contoh, Dunedin, New Zealand\n2019';
    expect(unitsOf(cover).institution).toBe('University of Contoh');
    const department = 'Indonesia and the Bali Process\nAni Lestari\nSubmitted for the degree of Master of Science\nin the Department of Political Science\n2019';
    expect(unitsOf(department).department).toBe('Department of Political Science');
  });

  it('reads the unit a by-line runs on into after the name', () => {
    expect(unitsOf('LAW ENFORCEMENT OF MONEY LAUNDERING\nby Ani Lestari University of Contoh\nABSTRACT').institution).toBe('University of Contoh');
  });

  it("reads a library record's imprint, but never over a line that names the units", () => {
    const record = 'Ani Lestari\nSkripsi ini membahas yurisdiksi negara.\nDepok: Fakultas Hukum Universitas Tanjung Harapan, 2015\nS58745';
    expect(unitsOf(record)).toEqual({ institution: 'Universitas Tanjung Harapan', faculty: 'Fakultas Hukum', department: undefined });
    const cited = 'Jakarta: Universitas Harapan Bangsa, 2010\nFakultas Hukum, Universitas Tanjung Harapan';
    expect(unitsOf(cited).institution).toBe('Universitas Tanjung Harapan');
  });

  it("reads the programme and university of a repository's abstract heading", () => {
    const page = 'Ani Lestari, International Relations 2014, Harapan Bangsa University.\nThesis Title: Maritime Security';
    expect(unitsOf(page)).toEqual({ institution: 'Harapan Bangsa University', faculty: undefined, department: 'International Relations' });
    expect(unitsOf('Ani Lestari, angkatan 2014, Harapan Bangsa University.').department).toBeUndefined();
  });

  it('reads the units a list of names runs on into, without the hidden e-mail address after them', () => {
    const front = 'TINDAKAN SPIONASE SEBAGAI CYBERCRIME\nAni Lestari, Budi Santoso S.H.,MS Fakultas Hukum Universitas Tanjung Harapan [email protected]';
    expect(unitsOf(front)).toEqual({ institution: 'Universitas Tanjung Harapan', faculty: 'Fakultas Hukum', department: undefined });
  });

  it("reads the programme on a repository's record line as the department", () => {
    expect(unitsOf('ANI LESTARI, Budi Santoso, Ph.D.\n2022 | Skripsi | S1 TEKNIK GEODESI').department).toBe('S1 TEKNIK GEODESI');
  });

  it('reads a school as the department where a college names the faculty level', () => {
    const cover = 'A thesis submitted in fulfilment of the requirements\nSchool of Global, Urban and Social Studies\nCollege of Design and Social Context\nRoyal Melbourne Institute of Technology';
    expect(unitsOf(cover)).toEqual({
      institution: 'Royal Melbourne Institute of Technology',
      faculty: 'College of Design and Social Context',
      department: 'School of Global, Urban and Social Studies',
    });
    expect(unitsOf('School of Law\nHarapan University').faculty).toBe('School of Law');
  });

  it('reads the study programme, misprinted "Progam" too, as the department over the jurusan it belongs to', () => {
    const cover = 'FAKULTAS ILMU SOSIAL DAN ILMU POLITIK\nJURUSAN ILMU POLITIK\nPROGAM STUDI HUBUNGAN INTERNASIONAL\nUNIVERSITAS GADING';
    expect(unitsOf(cover).department).toBe('PROGAM STUDI HUBUNGAN INTERNASIONAL');
    expect(unitsOf('JURUSAN ILMU POLITIK\nUNIVERSITAS GADING').department).toBe('JURUSAN ILMU POLITIK');
  });

  it('reads no unit where the author earned a degree, named after the degree', () => {
    const cover = 'A STRATEGIC ANALYSIS\nby\nJOHN R. SMITH, LCDR, USN B.S., The University of Kansas, Lawrence, KS, 1994';
    expect(unitsOf(cover).institution).toBeUndefined();
  });

  it('reads a note that opens with a field\'s name before the faculty, under a long run-on line naming the journal', () => {
    const front = [
      `International Journal of Social Science ${'word '.repeat(24)}Ani Lestari1,Budi Santoso2`,
      '1,2 Peace and Conflict Resolution, Faculty of National Security, Indonesia Defense University',
    ].join('\n');
    expect(unitsOf(front)).toEqual({
      institution: 'Indonesia Defense University',
      faculty: 'Faculty of National Security',
      department: 'Peace and Conflict Resolution',
    });
    // A line going on from "Department of" above is no list of its own.
    expect(unitsOf('Skripsi. Department of\nInternational Relations, Faculty of Social and Political Sciences, Universitas Riau').department).toBeUndefined();
    // Under a journal's own name line the units are its masthead's.
    expect(unitsOf('International Journal of Social Science\nPeace and Conflict Resolution, Faculty of National Security, Indonesia Defense University')).toEqual({
      institution: undefined,
      faculty: undefined,
      department: undefined,
    });
  });

  it("reads a cover's units run into one extracted line", () => {
    const cover = 'oleh: VINSENSIUS RICHARD LIU E 131 09 261 JURUSAN ILMU HUBUNGAN INTERNASIONAL FAKULTAS ILMU SOSIAL DAN POLITIK UNIVERSITAS HASANUDDIN 2013 Abstraksi Penelitian ini';
    expect(unitsOf(cover)).toEqual({
      institution: 'UNIVERSITAS HASANUDDIN',
      faculty: 'FAKULTAS ILMU SOSIAL DAN POLITIK',
      department: 'JURUSAN ILMU HUBUNGAN INTERNASIONAL',
    });
  });

  it("reads an author's affiliation line but not a sentence mentioning a university", () => {
    expect(unitsOf('Widya Setiabudi Sumadinata\nFaculty of Social and Political Sciences, Padjadjaran University, Bandung, Indonesia\n')).toEqual({
      institution: 'Padjadjaran University',
      faculty: 'Faculty of Social and Political Sciences',
      department: undefined,
    });
    expect(unitsOf('Penelitian ini dilakukan di Universitas Hasanuddin pada tahun 2013.\n').institution).toBeUndefined();
  });

  it('ends a unit name where a sentence ends and another labelled field begins', () => {
    expect(unitsOf('Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Tanjung Harapan. Pembimbing: (1) Dr.').institution).toBe(
      'Universitas Tanjung Harapan',
    );
  });

  it("takes no unit from the lines marked for the second and later authors", () => {
    const header = '1Program Studi Hubungan Internasional, Universitas Tanjung Harapan, Indonesia\n2Departemen Kriminologi, Universitas Sriwangi, Indonesia\n3Fakultas Hukum, Universitas Flores Timur, Indonesia\n';
    expect(unitsOf(header)).toEqual({ institution: 'Universitas Tanjung Harapan', faculty: undefined, department: 'Program Studi Hubungan Internasional' });
  });

  it("reads no unit from a journal's publisher, on the label's line or the line after it", () => {
    const none = { institution: undefined, faculty: undefined, department: undefined };
    expect(unitsOf('Published by\nRoyal Institute of Maritime Studies, Department of Publications\n')).toEqual(none);
    expect(unitsOf('Diterbitkan oleh Fakultas Hukum Universitas Contoh\n')).toEqual(none);
    expect(unitsOf('Fakultas Hukum, Universitas Contoh\n').institution).toBe('Universitas Contoh');
  });

  it("reads no unit from a journal's masthead, and reads the authors' units below the title", () => {
    const page = [
      'Contoh - Journal of Regional Studies',
      'Faculty of Social Sciences',
      'Contoh University',
      'MARITIME COOPERATION IN THE SULU SEA',
      'Dewi Lestari 1',
      'Universitas Negeri Contoh, Jakarta',
    ].join('\n');
    expect(unitsOf(page)).toEqual({ institution: 'Universitas Negeri Contoh', faculty: undefined, department: undefined });
    expect(unitsOf('Contoh is a journal published by Fakultas Hukum, Universitas Contoh.\nFakultas Hukum, Universitas Contoh, Bandar Lampung\n').faculty).toBeUndefined();
  });
});

describe('affiliationCandidates: an e-mail address closing the affiliation line', () => {
  it('reads the units of a line closed by a labelled or bracketed e-mail address', () => {
    expect(unitsOf('Dewi Lestari\nProgram Magister Kajian Wilayah, Universitas Contoh, Indonesia; email: dewi.lestari@contoh.ac.id\n')).toEqual({
      institution: 'Universitas Contoh',
      faculty: undefined,
      department: 'Program Magister Kajian Wilayah',
    });
    expect(unitsOf('Budi Santoso\nFakultas Hukum Universitas Tanjung Harapan (budi@contoh.ac.id)\n')).toEqual({
      institution: 'Universitas Tanjung Harapan',
      faculty: 'Fakultas Hukum',
      department: undefined,
    });
  });

  it('still reads no unit from a line that is only a contact', () => {
    expect(unitsOf('Corresponding author: budi@contoh.ac.id\n').institution).toBeUndefined();
  });
});

describe('a town after the university on a cover', () => {
  it('is dropped where the front prints the name without it', () => {
    const text = 'Fakultas Hukum Universitas Sumatera Utara\nOLEH:\nRINI\nUNIVERSITAS SUMATERA UTARA MEDAN\n2018';
    expect(unitsOf(text).institution).toBe('Universitas Sumatera Utara');
  });

  it('is kept where the name is never printed without it', () => {
    expect(unitsOf('FAKULTAS HUKUM\nUNIVERSITAS BUMI MATARAM\nMATARAM\n2021').institution).toBe('UNIVERSITAS BUMI MATARAM');
  });
});
