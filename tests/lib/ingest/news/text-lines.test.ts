import { describe, expect, it } from 'vitest';
import { normaliseSpaces, splitNewsLines } from '../../../../src/lib/ingest/news/text-lines.ts';

describe('text lines', () => {
  it('turns no-break spaces into plain ones and collapses runs', () => {
    expect(normaliseSpaces('Bangkok, VIVA\u00a0–\u00a0 Lebih\u200b dari  12.000 ')).toBe('Bangkok, VIVA – Lebih dari 12.000');
  });

  it('splits on any line ending and drops empty lines', () => {
    expect(splitNewsLines('Judul\r\n\r\nParagraf satu.\r\u00a0\nParagraf dua.')).toEqual(['Judul', 'Paragraf satu.', 'Paragraf dua.']);
  });
});
