import { describe, expect, it } from 'vitest';
import { expandLigatures } from '../../../../src/lib/ingest/pdf-text/ligatures.ts';
import { cleanPdfLines } from '../../../../src/lib/ingest/pdf-text/reflow.ts';

describe('expandLigatures', () => {
  it('writes each Latin ligature out as its letters', () => {
    expect(expandLigatures('ﬁlter ﬂeksibel eﬀort oﬃce waﬄe ﬅory')).toBe('filter fleksibel effort office waffle story');
  });

  it('leaves text without ligatures as it is, diacritics included', () => {
    expect(expandLigatures('Kerja sama — Sätteri, naïve')).toBe('Kerja sama — Sätteri, naïve');
  });
});

describe('cleanPdfLines and ligatures', () => {
  it('hands on lines with ligatures written out', () => {
    expect(cleanPdfLines('aliran ﬁnansial\nﬂeksibilitas')).toEqual(['aliran finansial', 'fleksibilitas']);
  });
});
