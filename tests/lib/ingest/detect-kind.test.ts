import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../src/lib/ingest/detect-kind.ts';
import { parseThesis } from '../../../src/lib/ingest/thesis/parse-thesis.ts';

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

describe('detectKind agrees with the thesis parser', () => {
  const abstract = 'Penelitian ini membahas kerja sama Indonesia dan Malaysia dalam memberantas perdagangan orang.';

  it.each([
    ['a SUMMARY heading', `SUMMARY\n\nThis study examines cooperation between Indonesia and Malaysia.\n`, 'thesis-abstract'],
    ['a RINGKASAN heading', `RINGKASAN\n\n${abstract}\n`, 'thesis-abstract'],
    ['a SARI heading', `SARI\n\n${abstract}\n`, 'thesis-abstract'],
    ['"Bab 2" in a sentence of the abstract', `ABSTRAK\n\n${abstract}\nBab 2 membahas teori kerja sama.\n`, 'thesis-abstract'],
    ['a table of contents before the abstract', `DAFTAR ISI\nBAB I PENDAHULUAN ........ 1\nBAB II TINJAUAN PUSTAKA ........ 9\n\nABSTRAK\n\n${abstract}\n`, 'thesis-abstract'],
    ['chapters after the abstract', `ABSTRAK\n\n${abstract}\n\nBAB I\nPENDAHULUAN\n\nLatar belakang.\n`, 'thesis-full'],
    ['an article opening with "Pendahuluan"', `Abstrak\n\n${abstract}\n\nPendahuluan\n\nIsi artikel.\n`, 'thesis-full'],
  ])('on %s', (_, text, kind) => {
    expect(detectKind(text, 'x.txt').kind).toBe(kind);
    expect(parseThesis(text, 'x.txt').kind).toBe(kind);
  });

  it('names the chapter headings after the abstract only', () => {
    const text = `DAFTAR ISI\nBAB I PENDAHULUAN ........ 1\n\nABSTRAK\n\n${abstract}\n\nBAB I\nPENDAHULUAN\n\nIsi.\n\nBAB II\nTINJAUAN PUSTAKA\n\nIsi.\n`;
    expect(detectKind(text, 'y.txt')).toEqual({
      kind: 'thesis-full',
      reasons: ['abstract heading "ABSTRAK"', 'chapter headings: BAB I, BAB II'],
    });
  });

  it('does not take a run-on heading followed by lower case for a thesis', () => {
    expect(() => detectKind('Abstract: the results show a rise in scams.\n', 'z.txt')).toThrow(/no recognisable structure/);
  });
});

describe('detectKind between a news page and a thesis', () => {
  const newsPage = (box: string) =>
    `Polisi Bongkar Jaringan Penipuan Daring\n\nJakarta (ANTARA) - Polisi membongkar jaringan penipuan daring pada Senin.\n\n${box}\n\nPolisi menangkap lima tersangka dalam operasi itu.\n\nEditor: Budi Santoso\nHak Cipta © ANTARA 2024\n`;

  it('keeps a news page with a "Ringkasan" box as news', () => {
    expect(detectKind(newsPage('Ringkasan:\nLima tersangka ditangkap.'), 'n.txt').kind).toBe('news');
  });

  it('still takes an ABSTRAK heading for a thesis, whatever else the text has', () => {
    expect(detectKind(newsPage('ABSTRAK\n\nPenelitian ini membahas penipuan daring.'), 't.txt').kind).toBe('thesis-abstract');
  });
});
