import { describe, expect, it } from 'vitest';
import { readAbstractHeading, splitAbstractSections } from '../../../../src/lib/ingest/thesis/abstract-sections.ts';

describe('readAbstractHeading', () => {
  it.each([
    ['ABSTRAK', 'id', 'ABSTRAK'],
    ['A B S T R A K', 'id', 'A B S T R A K'],
    ['Abstraksi', 'id', 'Abstraksi'],
    ['INTISARI', 'id', 'INTISARI'],
    ['**ABSTRACT**', 'en', 'ABSTRACT'],
    ['Summary', 'en', 'Summary'],
  ] as const)('reads %j as %s', (line, lang, heading) => {
    expect(readAbstractHeading(line)).toEqual({ lang, heading });
  });

  it('reads a heading with the text run on after it', () => {
    expect(readAbstractHeading('Abstract: This study examines ...')).toEqual({ lang: 'en', heading: 'Abstract', inlineText: 'This study examines ...' });
    expect(readAbstractHeading('Abstract. This paper examines ...')).toEqual({ lang: 'en', heading: 'Abstract', inlineText: 'This paper examines ...' });
    expect(readAbstractHeading('Abstract; This study aims ...')).toEqual({ lang: 'en', heading: 'Abstract', inlineText: 'This study aims ...' });
    // "Summary" is an ordinary word: after a semicolon it ends a clause, not a heading.
    expect(readAbstractHeading('Summary; The Board met')).toBeUndefined();
    expect(readAbstractHeading('RINGKASAN — Penelitian ini')).toEqual({ lang: 'id', heading: 'RINGKASAN', inlineText: 'Penelitian ini' });
  });

  it('wants a capital letter after a run-on heading, whatever the case of the heading word', () => {
    expect(readAbstractHeading('Summary: the results show a rise.')).toBeUndefined();
    expect(readAbstractHeading('abstract - this paper')).toBeUndefined();
    expect(readAbstractHeading('ABSTRAK: penelitian ini')).toBeUndefined();
  });

  it('does not take a name or a word ending a sentence with a period for a heading', () => {
    expect(readAbstractHeading('Sari. Penelitian ini dibantu olehnya.')).toBeUndefined();
    expect(readAbstractHeading('Summary. The table lists them.')).toBeUndefined();
    expect(readAbstractHeading('Sari: Penelitian ini membahas kerja sama.')).toEqual({ lang: 'id', heading: 'Sari', inlineText: 'Penelitian ini membahas kerja sama.' });
  });

  it('does not read ordinary text as a heading', () => {
    expect(readAbstractHeading('Abstrak ini menjelaskan')).toBeUndefined();
    expect(readAbstractHeading('BAB I')).toBeUndefined();
  });
});

describe('splitAbstractSections', () => {
  it('assigns title blocks, paragraphs and keywords to each abstract', () => {
    const { sections, trailing } = splitAbstractSections([
      '**JUDUL INDONESIA**',
      'Nama Penulis',
      'ABSTRAK',
      'Paragraf satu.',
      'Paragraf dua.',
      'Kata kunci: a, b',
      '***ENGLISH TITLE***',
      'ABSTRACT',
      'Paragraph one. Keywords: c, d',
      'Supervisor: Dr. X',
    ]);
    expect(sections).toEqual([
      { lang: 'id', heading: 'ABSTRAK', before: ['**JUDUL INDONESIA**', 'Nama Penulis'], paragraphs: ['Paragraf satu.', 'Paragraf dua.'], keywords: { label: 'Kata kunci', knownLabel: true, keywords: ['a', 'b'] } },
      { lang: 'en', heading: 'ABSTRACT', before: ['***ENGLISH TITLE***'], paragraphs: ['Paragraph one.'], keywords: { label: 'Keywords', knownLabel: true, keywords: ['c', 'd'] } },
    ]);
    expect(trailing).toEqual(['Supervisor: Dr. X']);
  });

  it('takes a keyword list from the line after its label', () => {
    const { sections } = splitAbstractSections(['ABSTRAK', 'Isi.', 'Kata kunci:', 'siber; keamanan']);
    expect(sections[0]?.keywords?.keywords).toEqual(['siber', 'keamanan']);
  });

  it('takes the last keywords from the paragraph after a list closing on its separator', () => {
    const { sections, trailing } = splitAbstractSections(['ABSTRACT', 'Text.', 'Keywords:', 'Money Laundering; Reformulation;', 'Transnational Crime.', 'INTRODUCTION']);
    expect(sections[0]?.keywords?.keywords).toEqual(['Money Laundering', 'Reformulation', 'Transnational Crime']);
    expect(trailing).toEqual(['INTRODUCTION']);
    const closed = splitAbstractSections(['ABSTRACT', 'Text.', 'Keywords: Money Laundering; Reformulation', 'Transnational Crime.']);
    expect(closed.sections[0]?.keywords?.keywords).toEqual(['Money Laundering', 'Reformulation']);
  });

  it('ends an abstract without keywords at a capitals heading', () => {
    const { sections, trailing } = splitAbstractSections(['ABSTRAK', 'Isi abstrak.', 'KATA PENGANTAR', 'Puji syukur.']);
    expect(sections[0]?.paragraphs).toEqual(['Isi abstrak.']);
    expect(sections[0]?.keywords).toBeUndefined();
    expect(trailing).toEqual(['KATA PENGANTAR', 'Puji syukur.']);
  });
});

describe('splitAbstractSections with a form under the heading', () => {
  it('moves the form lines to the block before the abstract', () => {
    const { sections } = splitAbstractSections([
      'JUDUL',
      'INTISARI',
      'Nama : Rahmat Hidayatullah',
      'Pembimbing : Dr. Wening, M.A.',
      'Teks intisari.',
      'Kata kunci: satu, dua',
    ]);
    expect(sections).toEqual([
      {
        lang: 'id',
        heading: 'INTISARI',
        before: ['JUDUL', 'Nama : Rahmat Hidayatullah', 'Pembimbing : Dr. Wening, M.A.'],
        paragraphs: ['Teks intisari.'],
        keywords: { label: 'Kata kunci', knownLabel: true, keywords: ['satu', 'dua'] },
      },
    ]);
  });
});

describe('splitAbstractSections with the title and author under the heading', () => {
  it('moves a capitals title and "Oleh NAME" under the heading to the block before the abstract', () => {
    const { sections } = splitAbstractSections(['ABSTRAK', 'BANTUAN IOM KEPADA PEMERINTAH INDONESIA', 'TAHUN 2018-2022', 'Oleh AYU SINTIA', 'Perdagangan manusia masif terjadi.']);
    expect(sections[0]?.before).toEqual(['BANTUAN IOM KEPADA PEMERINTAH INDONESIA', 'TAHUN 2018-2022', 'Oleh AYU SINTIA']);
    expect(sections[0]?.paragraphs).toEqual(['Perdagangan manusia masif terjadi.']);
  });

  it('reads the label closing a bracketed subtitle, the name on the next paragraph', () => {
    const { sections } = splitAbstractSections(['ABSTRAK', 'ANALISIS YURIDIS PERTIMBANGAN HAKIM', '(Studi Kasus Putusan Nomor 195/Pid.B/2011/PN.GS) Oleh', 'DONI HENDRY WIJAYA', 'Salah satu tindak pidana.']);
    expect(sections[0]?.paragraphs).toEqual(['Salah satu tindak pidana.']);
  });

  it("moves the author's line over a labelled title under the heading to the block before the abstract", () => {
    const { sections } = splitAbstractSections([
      'Abstract:',
      'Nur Afni Damanik, International Relations 2014, President University.',
      'Thesis Title: The Implementation of Indonesia’s Counter Piracy Strategy',
      'The data of International Maritime Organisation has shown the trend of piracy.',
    ]);
    expect(sections[0]?.before).toEqual(['Nur Afni Damanik, International Relations 2014, President University.', 'Thesis Title: The Implementation of Indonesia’s Counter Piracy Strategy']);
    expect(sections[0]?.paragraphs).toEqual(['The data of International Maritime Organisation has shown the trend of piracy.']);
  });

  it('leaves an abstract opening with a capitals paragraph and no author alone', () => {
    const { sections } = splitAbstractSections(['ABSTRAK', 'ASEAN DAN INDONESIA', 'Penelitian ini membahas kerja sama.']);
    expect(sections[0]?.paragraphs).toEqual(['ASEAN DAN INDONESIA', 'Penelitian ini membahas kerja sama.']);
  });
});

describe('splitAbstractSections with "Oleh:" under the heading', () => {
  it('takes "Oleh:", NPM and the supervisor lines as form, not as the abstract', () => {
    const { sections } = splitAbstractSections([
      'ABSTRAK',
      'Oleh: Bagus Siregar',
      'NPM: 1910412067',
      'Dosen Pembimbing Utama: Dr. Maria Tambunan, M.Si.',
      'Pelaku kejahatan siber sering melarikan diri ke luar negeri.',
      'Kata-kata kunci: Interpol, ekstradisi',
    ]);
    expect(sections[0]!.before).toEqual(['Oleh: Bagus Siregar', 'NPM: 1910412067', 'Dosen Pembimbing Utama: Dr. Maria Tambunan, M.Si.']);
    expect(sections[0]!.paragraphs).toEqual(['Pelaku kejahatan siber sering melarikan diri ke luar negeri.']);
    expect(sections[0]!.keywords?.keywords).toEqual(['Interpol', 'ekstradisi']);
  });

  it('takes the names printed under a bare "Oleh:" or "Pembimbing:" as form too', () => {
    const { sections } = splitAbstractSections([
      'ABSTRAK',
      'Oleh:',
      'Bagus Siregar',
      'Pembimbing:',
      'Dr. Maria Tambunan, M.Si.',
      'Arief Hakim, S.Sos., M.Han.',
      'Pelaku kejahatan siber sering melarikan diri ke luar negeri.',
    ]);
    expect(sections[0]!.before).toEqual(['Oleh:', 'Bagus Siregar', 'Pembimbing:', 'Dr. Maria Tambunan, M.Si.', 'Arief Hakim, S.Sos., M.Han.']);
    expect(sections[0]!.paragraphs).toEqual(['Pelaku kejahatan siber sering melarikan diri ke luar negeri.']);
  });

  it('does not take a name-like line after a filled-in field as form', () => {
    const { sections } = splitAbstractSections(['ABSTRACT', 'Name: Bagus Siregar', 'Indonesia Malaysia', 'The border is long.']);
    expect(sections[0]!.before).toEqual(['Name: Bagus Siregar']);
    expect(sections[0]!.paragraphs).toEqual(['Indonesia Malaysia', 'The border is long.']);
  });
});

describe('splitAbstractSections with a keyword list run into the column beside it', () => {
  it('keeps no keyword of a list whose items are sentences of the abstract', () => {
    const { sections } = splitAbstractSections([
      'ABSTRACT',
      'The problem of drug smuggling is a transnational crime at the border.',
      'KEYWORD',
      'Transnational crime. This study uses the theory of organized crime, drug smuggling, Indonesia and descriptive methods with a qualitative approach to see the results',
    ]);
    expect(sections[0]!.keywords?.keywords).toEqual([]);
  });

  it('still reads a list under a bare label on the next line', () => {
    const { sections } = splitAbstractSections(['ABSTRACT', 'The problem of drug smuggling is a transnational crime.', 'KEYWORD', 'Transnational crime, drug smuggling, Indonesia']);
    expect(sections[0]!.keywords?.keywords).toEqual(['Transnational crime', 'drug smuggling', 'Indonesia']);
  });
});
