import { describe, expect, it } from 'vitest';
import { normaliseWhitespace } from '../../../../src/lib/ingest/pdf-text/normalise-whitespace.ts';

describe('normaliseWhitespace', () => {
  it('unifies line endings and trims trailing spaces', () => {
    expect(normaliseWhitespace('satu  \r\ndua\rtiga \n')).toBe('satu\ndua\ntiga\n');
  });

  it('turns no-break and tab spaces into plain spaces and drops invisible characters', () => {
    expect(normaliseWhitespace('kerja\u00A0sama\tbilateral\u200B ke\u00ADamanan')).toBe('kerja sama bilateral keamanan');
  });

  it('joins a word broken at a soft hyphen closing a line, spaces around the break included', () => {
    expect(normaliseWhitespace('analisis dan ha\u00AD\nsil penelitian')).toBe('analisis dan hasil penelitian');
    expect(normaliseWhitespace('kerja ha\u00AD \r\n  sil')).toBe('kerja hasil');
  });

  it('keeps the line break after a soft hyphen that no word follows', () => {
    expect(normaliseWhitespace('akhir\u00AD\n\nBaru')).toBe('akhir\n\nBaru');
  });

  it('keeps the leading space that marks a page start', () => {
    expect(normaliseWhitespace(' (cybercrime). Cyber Crime')).toBe(' (cybercrime). Cyber Crime');
  });
});
