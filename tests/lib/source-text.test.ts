import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../src/lib/source-text.ts';

const TEXT = 'Kerja sama “lintas batas” — café\r\nbaris dua';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'be') bytes.swap16();
  return bytes;
}

describe('decodeSourceText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with a BOM', new TextEncoder().encode(`\uFEFF${TEXT}`), 'utf-8'],
    ['UTF-16 LE with a BOM', utf16(TEXT, 'le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(TEXT, 'be'), 'utf-16be'],
  ])('reads %s, dropping the byte-order mark', (_name, bytes, encoding) => {
    expect(decodeSourceText(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    // "café “x” – 1€" as Windows-1252 saves it.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94, 0x20, 0x96, 0x20, 0x31, 0x80]);
    expect(decodeSourceText(bytes)).toEqual({ text: 'café “x” – 1€', encoding: 'windows-1252' });
  });

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeSourceText(new TextEncoder().encode('abc')).encoding).toBe('utf-8');
  });

  it.each([
    ['NUL bytes without a byte-order mark', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /binary/],
    ['UTF-16 text without a byte-order mark', Buffer.from('abc', 'utf16le'), /binary/],
    ['a UTF-16 mark over an odd number of bytes', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), /not valid UTF-16 LE/],
    ['a UTF-8 mark over invalid UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), /not valid UTF-8/],
    ['a UTF-16 mark over NUL characters', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]), /binary/],
    ['bytes Windows-1252 leaves unassigned', new Uint8Array([0x41, 0x81, 0xff]), /neither UTF-8, UTF-16 .* nor Windows-1252/],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(() => decodeSourceText(bytes)).toThrow(reason);
  });
});
