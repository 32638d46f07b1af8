import { describe, expect, it } from 'vitest';
import { isDoubleSpaced, removeDoubleSpacing } from '../../../../src/lib/ingest/pdf-text/double-spacing.ts';

const doubleSpaced = ['Kalimat satu', '', 'dua', '', 'tiga.', '', '', 'Empat', '', 'lima'];

describe('double spacing', () => {
  it('recognises an empty line after every line', () => {
    expect(isDoubleSpaced(doubleSpaced)).toBe(true);
    expect(isDoubleSpaced(['satu', 'dua', '', 'tiga', 'empat', 'lima', '', 'enam'])).toBe(false);
  });

  it('does not mistake one-line paragraphs separated by empty lines for double spacing', () => {
    expect(isDoubleSpaced(['ABSTRAK', '', 'Paragraf abstrak.', '', 'Kata kunci: a, b', '', 'ABSTRACT', '', 'Abstract text.'])).toBe(false);
  });

  it('drops the artefact lines and keeps longer runs as one paragraph gap', () => {
    expect(removeDoubleSpacing(doubleSpaced)).toEqual(['Kalimat satu', 'dua', 'tiga.', '', 'Empat', 'lima']);
  });

  it('keeps every blank run of a normally spaced text as one gap', () => {
    expect(removeDoubleSpacing(['satu', 'dua', '  ', '', 'tiga', '', 'empat'])).toEqual(['satu', 'dua', '', 'tiga', '', 'empat']);
  });
});
