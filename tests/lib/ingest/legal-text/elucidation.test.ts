import { describe, expect, it } from 'vitest';
import { elucidationParagraphs, splitElucidation } from '../../../../src/lib/ingest/legal-text/elucidation.ts';

// The corpus keeps no text with its elucidation; this one follows the form UU 12/2011 prescribes.
const WITH_ELUCIDATION = [
  'Pasal 2',
  'Undang-Undang ini mulai berlaku pada tanggal diundangkan.',
  'PENJELASAN',
  'ATAS',
  'UNDANG-UNDANG REPUBLIK INDONESIA',
  'NOMOR 5 TAHUN 2009',
  'I. UMUM',
  'Kejahatan transnasional terorganisasi merupakan',
  'salah satu ancaman.',
  'II. PASAL DEMI PASAL',
  'Pasal 1',
  'Cukup jelas.',
].join('\n');

describe('splitElucidation', () => {
  it('splits at the elucidation heading, printed in capitals on its own line', () => {
    const { regulation, elucidation } = splitElucidation(WITH_ELUCIDATION.replace('PENJELASAN\nATAS', 'PENJELASAN ATAS'));
    expect(regulation).toBe('Pasal 2\nUndang-Undang ini mulai berlaku pada tanggal diundangkan.');
    expect(elucidation).toMatch(/^PENJELASAN ATAS/);
  });

  it('leaves a text whose body merely says "penjelasan" whole', () => {
    expect(splitElucidation('Pasal 3\nPenjelasan atas pasal ini dimuat dalam Tambahan Lembaran Negara.').elucidation).toBeUndefined();
  });
});

describe('elucidationParagraphs', () => {
  it('joins lines of one paragraph and starts one at each heading and article', () => {
    const { elucidation } = splitElucidation(WITH_ELUCIDATION.replace('PENJELASAN\nATAS', 'PENJELASAN ATAS'));
    expect(elucidationParagraphs(elucidation!)).toContain('Kejahatan transnasional terorganisasi merupakan salah satu ancaman.');
    expect(elucidationParagraphs(elucidation!)).toContain('Cukup jelas.');
  });
});
