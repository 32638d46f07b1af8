import { describe, expect, it } from 'vitest';
import { assertValidEntry } from '../../../src/lib/ingest/validate-entry.ts';

const source = { file: 'sources/a.txt', sha256: 'a'.repeat(64), parser: 'news', digest: 'b'.repeat(64) };

describe('assertValidEntry', () => {
  it('accepts a valid entry', () => {
    expect(() => assertValidEntry('news', { headline: 'Judul', language: 'id', source }, 'a.txt')).not.toThrow();
  });

  it('names the file and every failing field', () => {
    const entry = { headline: '', language: 'fr', source: { ...source, sha256: 'x' } };
    expect(() => assertValidEntry('news', entry, 'a.txt')).toThrow(/^a\.txt: the news entry made from it would not be valid:/);
    try {
      assertValidEntry('news', entry, 'a.txt');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/\n {2}headline: /);
      expect(message).toMatch(/\n {2}language: /);
      expect(message).toMatch(/\n {2}source\.sha256: /);
    }
  });

  it('accepts only a safe source file name, and keeps the original name beside it', () => {
    const named = (file: string) => ({ headline: 'Judul', language: 'id', source: { ...source, file, originalName: 'a#b.txt' } });
    expect(() => assertValidEntry('news', named('sources/a-b.txt'), 'a#b.txt')).not.toThrow();
    for (const file of ['sources/a#b.txt', 'sources/A.txt', 'sources/a%zz.txt', 'a-b.txt']) {
      expect(() => assertValidEntry('news', named(file), 'x.txt')).toThrow(/source\.file: expected sources\/<file name> with a safe name/);
    }
  });

  it('checks a study against the study schema', () => {
    expect(() => assertValidEntry('studies', { title: {}, languages: [], abstract: {}, source }, 's.txt')).toThrow(
      /languages: /,
    );
  });
});
