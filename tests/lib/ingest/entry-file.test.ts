import { describe, expect, it } from 'vitest';
import { digestOf, isHandEdited, parseEntryFile, serializeEntry } from '../../../src/lib/ingest/entry-file.ts';

const frontmatter = {
  title: { id: 'Judul', en: undefined },
  authors: ['A. Penulis'],
  source: { file: 'sources/a.txt', sha256: 'f'.repeat(64), parser: 'news', digest: 'x' },
};

describe('serializeEntry', () => {
  it('writes frontmatter and body, leaving out undefined values', () => {
    const text = serializeEntry(frontmatter, 'Paragraf satu.\n');
    expect(text).toMatch(/^---\ntitle:\n {2}id: Judul\nauthors:\n {2}- A. Penulis\n/);
    expect(text).not.toContain('en:');
    expect(text.endsWith('---\n\nParagraf satu.\n')).toBe(true);
  });

  it('stamps a digest that verifies, and the same input gives the same text', () => {
    const text = serializeEntry(frontmatter, 'Isi.');
    expect(text).toBe(serializeEntry(frontmatter, 'Isi.'));
    const stamped = /digest: ([0-9a-f]{64})/.exec(text)?.[1];
    expect(stamped).toBe(digestOf(text));
    expect(isHandEdited(text)).toBe(false);
  });

  it('notices any edit, in the body or the frontmatter', () => {
    const text = serializeEntry(frontmatter, 'Isi.');
    expect(isHandEdited(text.replace('Isi.', 'Isi diubah.'))).toBe(true);
    expect(isHandEdited(text.replace('A. Penulis', 'B. Penulis'))).toBe(true);
    expect(isHandEdited(text.replace(/digest: .*/, 'digest: zz'))).toBe(true);
  });
});

describe('parseEntryFile', () => {
  it('reads back what serializeEntry wrote', () => {
    const { frontmatter: data, body } = parseEntryFile(serializeEntry(frontmatter, 'Isi.'), 'a.md');
    expect(data.authors).toEqual(['A. Penulis']);
    expect(body).toBe('Isi.');
  });

  it('ends the frontmatter only at a fence on a line of its own', () => {
    const text = serializeEntry({ headline: 'Scam ring---busted', source: frontmatter.source }, 'Isi --- lanjut.');
    const { frontmatter: data, body } = parseEntryFile(text, 'a.md');
    expect(data.headline).toBe('Scam ring---busted');
    expect(data.source).toMatchObject({ file: 'sources/a.txt' });
    expect(body).toBe('Isi --- lanjut.');
  });

  it('names the file when the frontmatter is missing or broken', () => {
    expect(() => parseEntryFile('no fences', 'content/news/x.md')).toThrow(/^content\/news\/x\.md: no YAML/);
    expect(() => parseEntryFile('---\na: [\n---\n', 'y.md')).toThrow(/^y\.md: the frontmatter is not valid YAML/);
    expect(() => parseEntryFile('---\n- 1\n---\n', 'z.md')).toThrow(/^z\.md: the frontmatter is not a YAML mapping/);
  });
});

describe('dates in the frontmatter', () => {
  it('quotes date strings so YAML 1.1 readers keep them as text', () => {
    const text = serializeEntry({ published: '2025-12-17', year: '2025', source: frontmatter.source }, '');
    expect(text).toContain('published: "2025-12-17"');
    expect(text).toContain('year: "2025"');
  });
});
