import { describe, expect, it } from 'vitest';
import { collectWords, joinHyphenatedBreak } from '../../../../src/lib/ingest/pdf-text/hyphenation.ts';

describe('joinHyphenatedBreak', () => {
  const vocabulary = collectWords('penelitian ini membahas bentuk-bentuk kerja sama non-tradisional');

  it('keeps the hyphen of a reduplication', () => {
    expect(joinHyphenatedBreak('bentuk-', 'bentuk', vocabulary)).toBe('bentuk-bentuk');
    expect(joinHyphenatedBreak('aspek-', 'aspek lainnya', new Set())).toBe('aspek-aspek lainnya');
  });

  it('keeps a real hyphen the document has no whole form for', () => {
    expect(joinHyphenatedBreak('non-', 'tradisional', vocabulary)).toBe('non-tradisional');
    expect(joinHyphenatedBreak('Indonesia-', 'Belanda', vocabulary)).toBe('Indonesia-Belanda');
  });

  it('drops a hyphen the line break added when the document writes the word whole', () => {
    expect(joinHyphenatedBreak('pene-', 'litian ini', vocabulary)).toBe('penelitian ini');
  });
});

describe('collectWords', () => {
  it('keeps inner hyphens and lower-cases', () => {
    expect(collectWords('Bentuk-bentuk KERJA')).toEqual(new Set(['bentuk-bentuk', 'kerja']));
  });
});

describe('joinHyphenatedBreak when the document knows neither piece', () => {
  const vocabulary = collectWords('layanan imigrasi dan kerja sama lintas negara');

  it('drops a typesetting hyphen inside one lower-case word', () => {
    expect(joinHyphenatedBreak('layanan keimi-', 'grasian dan', vocabulary)).toBe('layanan keimigrasian dan');
  });

  it('keeps it after a prefix written with a hyphen, before a capital, or when a piece is a word of the text', () => {
    expect(joinHyphenatedBreak('kejahatan cyber-', 'enabled', vocabulary)).toBe('kejahatan cyber-enabled');
    expect(joinHyphenatedBreak('Asia-', 'Pasifik', vocabulary)).toBe('Asia-Pasifik');
    expect(joinHyphenatedBreak('lintas-', 'batas', vocabulary)).toBe('lintas-batas');
  });
});

describe('collectWords on hard-wrapped text', () => {
  it('leaves out the pieces of a word cut at a line end', () => {
    expect(collectWords('layanan keimi-\ngrasian dan')).toEqual(new Set(['layanan', 'dan']));
  });
});

describe('hyphenation on long runs of letters', () => {
  it('still finds a broken word after a run of letters far longer than a word', () => {
    const words = collectWords(`${'a'.repeat(100_000)} keimi-\ngrasian kerja`);
    expect(words.has('keimi')).toBe(false);
    expect(words.has('kerja')).toBe(true);
  });

  it('reads only a word-length end of a long line for the broken word', () => {
    const head = `${'x'.repeat(100)}kerja-`;
    expect(joinHyphenatedBreak(head, 'sama', new Set(['kerjasama']))).toBe(`${'x'.repeat(100)}kerjasama`);
  });
});
