import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../src/lib/ingest/detect-kind.ts';

const sources = fileURLToPath(new URL('../../../content/sources/', import.meta.url));
const seed = (prefix: string) => {
  const name = readdirSync(sources).find((n) => n.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${sources}${name}`, 'utf8');
};

describe('detectKind on the seeds', () => {
  it.each([
    ['000', 'thesis-abstract'],
    ['001', 'thesis-abstract'],
    ['002', 'news'],
    ['003', 'news'],
    ['004', 'thesis-full'],
  ])('%s is a %s', (prefix, kind) => {
    expect(detectKind(seed(prefix), `${prefix}.txt`).kind).toBe(kind);
  });

  it('gives its reasons', () => {
    const { reasons } = detectKind(seed('004'), '004.txt');
    expect(reasons).toContain('abstract heading "ABSTRAK"');
    expect(reasons).toContain('chapter headings: BAB I, BAB II');
  });
});

describe('detectKind on other forms', () => {
  it('reads spaced-out and English headings, and CHAPTER for a full text', () => {
    expect(detectKind('A B S T R A K\n\nTeks.\n', 'a.txt').kind).toBe('thesis-abstract');
    expect(detectKind('Abstract:\nText.\n\nCHAPTER 1\nINTRODUCTION\n', 'b.txt').kind).toBe('thesis-full');
  });

  it('does not take a sentence that merely mentions an abstract for a heading', () => {
    const text = 'Abstrak penelitian ini dibaca ulang.\nTidak ada tanda berita.\n';
    expect(() => detectKind(text, 'c.txt')).toThrow(/^c\.txt: no recognisable structure/);
  });

  it('takes a wire story with a dateline and credits for news', () => {
    const text =
      'Police rescue 40 trafficking victims\n\nJAKARTA (Reuters) - Indonesian police said on Monday they had rescued 40 people.\n\n(Reporting by A. Writer; Editing by B. Editor)\n';
    expect(detectKind(text, 'd.txt').kind).toBe('news');
  });
});

describe('detectKind on headings with text after them and on journal articles', () => {
  it('reads an abstract heading followed on its line by the text', () => {
    expect(detectKind('Judul\n\nAbstrak: Penelitian ini membahas kerja sama.\n', 'e.txt').kind).toBe('thesis-abstract');
    expect(detectKind('Title\n\nAbstract—This paper examines cooperation.\n', 'f.txt').kind).toBe('thesis-abstract');
    expect(detectKind('ABSTRAK :\n\nTeks.\n', 'g.txt').kind).toBe('thesis-abstract');
  });

  it('takes an article whose text opens with "PENDAHULUAN" for a full text, and says why', () => {
    const detection = detectKind('Abstract\n\nText.\n\nKeywords: a, b\n\nPENDAHULUAN\n\nIsi artikel.\n', 'h.txt');
    expect(detection).toEqual({ kind: 'thesis-full', reasons: ['abstract heading "ABSTRACT"', 'article section heading "PENDAHULUAN"'] });
  });

  it('still refuses a sentence opening with the word', () => {
    expect(() => detectKind('Abstrak itu dibaca: tidak ada tanda lain.\n', 'i.txt')).toThrow(/no recognisable structure/);
  });
});
