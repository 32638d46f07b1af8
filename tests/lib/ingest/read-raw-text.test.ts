import { describe, expect, it } from 'vitest';
import { readRawText } from '../../../src/lib/ingest/read-raw-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readRawText', () => {
  it('decodes UTF-8, drops a BOM and normalises line endings', () => {
    expect(readRawText(bytes('\uFEFFa\r\nb\rc'), 'x.txt')).toEqual({ text: 'a\nb\nc', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM and Windows-1252, saying which', () => {
    expect(readRawText(Buffer.from('\uFEFFKerja\r\nsama', 'utf16le'), 'x.txt')).toEqual({
      text: 'Kerja\nsama',
      encoding: 'utf-16le',
    });
    expect(readRawText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'x.txt')).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it.each([
    ['empty', new Uint8Array(), /x\.txt: the file is empty/],
    ['blank', bytes(' \n\t\n'), /x\.txt: the file holds only white space/],
    ['blank UTF-16', Buffer.from('\uFEFF \r\n', 'utf16le'), /x\.txt: the file holds only white space/],
    ['binary', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /x\.txt: the file is binary/],
    ['undecodable', new Uint8Array([0x41, 0x81, 0x42]), /x\.txt: the file is neither UTF-8/],
  ])('refuses a %s file, naming it', (_name, input, message) => {
    expect(() => readRawText(input, 'x.txt')).toThrow(message);
  });
});
