import { describe, expect, it } from 'vitest';
import { readRawText } from '../../../src/lib/ingest/read-raw-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readRawText', () => {
  it('decodes UTF-8, drops a BOM and normalises line endings', () => {
    expect(readRawText(bytes('\uFEFFa\r\nb\rc'), 'x.txt')).toBe('a\nb\nc');
  });

  it.each([
    ['empty', new Uint8Array(), /x\.txt: the file is empty/],
    ['blank', bytes(' \n\t\n'), /x\.txt: the file holds only white space/],
    ['binary', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /x\.txt: the file is binary/],
    ['not UTF-8', new Uint8Array([0x41, 0xff, 0xfe, 0x42]), /x\.txt: the file is not valid UTF-8/],
  ])('refuses a %s file, naming it', (_name, input, message) => {
    expect(() => readRawText(input, 'x.txt')).toThrow(message);
  });
});
