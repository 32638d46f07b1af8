import { describe, expect, it } from 'vitest';
import { removeControlCharacters } from '../../../src/lib/text/control-characters.ts';

describe('removeControlCharacters', () => {
  it('removes C0 and C1 controls but keeps tabs and line feeds', () => {
    expect(removeControlCharacters('a\u0000b\u0007c\u001bd\u007fe\u0090f\u009fg\th\ni')).toBe('abcdefg\th\ni');
  });

  it('turns form feeds, vertical tabs and next-line characters into line feeds', () => {
    expect(removeControlCharacters('halaman 1\fhalaman 2\vbaris\u0085akhir')).toBe('halaman 1\nhalaman 2\nbaris\nakhir');
  });

  it('removes bidirectional overrides, embeddings, isolates and marks', () => {
    expect(removeControlCharacters('berkas \u202egpj.exe\u202c dikirim')).toBe('berkas gpj.exe dikirim');
    expect(removeControlCharacters('\u2066a\u2067b\u2068c\u2069 \u202ad\u202be\u202d \u200ef\u200fg\u061ch')).toBe('abc de fgh');
  });

  it('keeps letters of every script, emoji joiners and typographic characters', () => {
    const text = 'Kerja sama — “kutipan” ‘x’ … السلام עברית 日本語 👩‍💻 ½ €';
    expect(removeControlCharacters(text)).toBe(text);
  });
});
