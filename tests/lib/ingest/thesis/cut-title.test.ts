import { describe, expect, it } from 'vitest';
import { completedCutTitles } from '../../../../src/lib/ingest/thesis/cut-title.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';

const titlesOf = (text: string) => completedCutTitles(readFrontLines(text)).map((c) => c.value);

describe('completedCutTitles', () => {
  it("completes a sharing site's cut title from the line printing it, up to its translation", () => {
    const page = [
      'Peran Indonesia dalam Membentuk Keamanan dan ...',
      'Date post: 21-Nov-2023',
      'Politica Vol. 13 No. 1 Mei 2022 43 Peran Indonesia dalam Membentuk Keamanan dan Ketahanan di Ruang Siber The Role of Indonesia to Create Security and Resilience in Cyber Spaces I Nyoman Aji Suadhana Rai*, Dudy Heryadi**',
    ].join('\n');
    expect(titlesOf(page)).toEqual(['Peran Indonesia dalam Membentuk Keamanan dan Ketahanan di Ruang Siber']);
  });

  it('reads nothing where the title has no translation to end it, or the cut title is too short to find again', () => {
    const oneLanguage = 'Peran Indonesia dalam Membentuk Keamanan dan ...\nVol. 13 43 Peran Indonesia dalam Membentuk Keamanan dan Ketahanan di Ruang Siber I Nyoman Rai*';
    expect(titlesOf(oneLanguage)).toEqual([]);
    expect(titlesOf('Peran Indonesia ...\nPeran Indonesia dalam Keamanan The Role of Indonesia')).toEqual([]);
  });
});
