import { describe, expect, it } from 'vitest';
import { listPageKey, pageCacheKey, shownOfRef } from '../../src/lib/cache-key.ts';
import type { SiteContent } from '../../src/lib/content.ts';

interface FakeEntry {
  id: string;
  collection: string;
  digest: string;
  data: Record<string, unknown>;
  body?: string;
}

const study = (id: string, digest: string, title = `Judul ${id}`, body = ''): FakeEntry => ({
  id,
  collection: 'studies',
  digest,
  data: { title: { id: title }, authors: ['A. Penulis'], institution: 'Universitas X', year: 2021 },
  body,
});

const concept = (id: string, digest: string): FakeEntry => ({ id, collection: 'concepts', digest, data: { prefLabel: { id, en: id } } });

/** Only what the keys read: the curated collections and the studies by id. */
function contentWith(studies: FakeEntry[], concepts: FakeEntry[] = [concept('c', '1')]): SiteContent {
  return {
    concepts,
    legal: [],
    entities: [],
    studyById: new Map(studies.map((entry) => [entry.id, entry])),
    newsById: new Map(),
  } as unknown as SiteContent;
}

describe('pageCacheKey', () => {
  it("is the same for the same entries and parts, and changes with an entry's version", () => {
    const a = study('a', 'd1');
    const content = contentWith([a]);
    expect(pageCacheKey(content, { entry: a, n: 1 })).toBe(pageCacheKey(contentWith([a]), { entry: study('a', 'd1'), n: 1 }));
    expect(pageCacheKey(content, { entry: study('a', 'd2'), n: 1 })).not.toBe(pageCacheKey(content, { entry: a, n: 1 }));
    expect(pageCacheKey(content, { entry: a, n: 2 })).not.toBe(pageCacheKey(content, { entry: a, n: 1 }));
  });

  it('stands an entry for its version, not its text: the digest says when the text changed', () => {
    const content = contentWith([]);
    expect(pageCacheKey(content, study('a', 'd1', 'Satu'))).toBe(pageCacheKey(content, study('a', 'd1', 'Dua')));
  });

  it('changes every key when a curated entry (a concept) changes', () => {
    const a = study('a', 'd1');
    expect(pageCacheKey(contentWith([a], [concept('c', '1')]), a)).not.toBe(pageCacheKey(contentWith([a], [concept('c', '2')]), a));
  });
});

describe('shownOfRef', () => {
  it('follows what a list shows of an entry (its title), not the rest of its text', () => {
    const key = (entry: FakeEntry) => pageCacheKey(contentWith([entry]), shownOfRef(contentWith([entry]), { kind: 'studies', id: 'a' }));
    const before = key(study('a', 'd1', 'Judul', 'Paragraf lama.'));
    expect(key(study('a', 'd2', 'Judul', 'Paragraf baru.'))).toBe(before);
    expect(key(study('a', 'd3', 'Judul lain', 'Paragraf lama.'))).not.toBe(before);
  });
});

describe('listPageKey', () => {
  const entries = Array.from({ length: 120 }, (_, n) => study(`s${n}`, `d${n}`));
  const content = contentWith(entries);

  it('changes only for the page holding a changed entry', () => {
    const changed = entries.map((entry, n) => (n === 60 ? study(entry.id, 'new') : entry));
    expect(listPageKey(content, changed, 1)).toBe(listPageKey(content, entries, 1));
    expect(listPageKey(content, changed, 2)).not.toBe(listPageKey(content, entries, 2));
  });

  it('changes on every page when the list grows, since each shows the number of pages', () => {
    const grown = [...entries, study('extra', 'x')];
    expect(listPageKey(content, grown, 1)).not.toBe(listPageKey(content, entries, 1));
  });

  it('keys a page by what `show` gives of each item', () => {
    const titleOnly = (entry: FakeEntry) => entry.data.title;
    const changedDigests = entries.map((entry) => study(entry.id, `${entry.digest}-b`));
    expect(listPageKey(content, changedDigests, 1, titleOnly)).toBe(listPageKey(content, entries, 1, titleOnly));
  });
});
