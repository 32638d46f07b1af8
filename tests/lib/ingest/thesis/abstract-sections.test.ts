import { describe, expect, it } from 'vitest';
import { readAbstractHeading, splitAbstractSections } from '../../../../src/lib/ingest/thesis/abstract-sections.ts';

describe('readAbstractHeading', () => {
  it.each([
    ['ABSTRAK', 'id'],
    ['A B S T R A K', 'id'],
    ['Abstraksi', 'id'],
    ['INTISARI', 'id'],
    ['**ABSTRACT**', 'en'],
    ['Summary', 'en'],
  ] as const)('reads %j as %s', (heading, lang) => {
    expect(readAbstractHeading(heading)).toEqual({ lang });
  });

  it('reads a heading with the text run on after it', () => {
    expect(readAbstractHeading('Abstract: This study examines ...')).toEqual({ lang: 'en', inlineText: 'This study examines ...' });
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
      { lang: 'id', before: ['**JUDUL INDONESIA**', 'Nama Penulis'], paragraphs: ['Paragraf satu.', 'Paragraf dua.'], keywords: { label: 'Kata kunci', knownLabel: true, keywords: ['a', 'b'] } },
      { lang: 'en', before: ['***ENGLISH TITLE***'], paragraphs: ['Paragraph one.'], keywords: { label: 'Keywords', knownLabel: true, keywords: ['c', 'd'] } },
    ]);
    expect(trailing).toEqual(['Supervisor: Dr. X']);
  });

  it('takes a keyword list from the line after its label', () => {
    const { sections } = splitAbstractSections(['ABSTRAK', 'Isi.', 'Kata kunci:', 'siber; keamanan']);
    expect(sections[0]?.keywords?.keywords).toEqual(['siber', 'keamanan']);
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
        before: ['JUDUL', 'Nama : Rahmat Hidayatullah', 'Pembimbing : Dr. Wening, M.A.'],
        paragraphs: ['Teks intisari.'],
        keywords: { label: 'Kata kunci', knownLabel: true, keywords: ['satu', 'dua'] },
      },
    ]);
  });
});
