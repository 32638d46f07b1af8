import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { extractWorksCited, parseBodyLikeSite } from '../../../src/lib/citations/extract-works-cited.ts';
import { parseEntryFile } from '../../../src/lib/ingest/entry-file.ts';
import { paragraphAnchors } from '../../../src/lib/markdown/paragraph-anchors.ts';

describe('works cited in a small body', () => {
  const body = [
    '## Kerangka',
    '',
    'Keamanan (Maier, 1990; Buzan et al., 1998) dan lagi (Maier, 1990).',
    '',
    'Charles Maier (1990) menyatakan bahwa (Buzan, Wæver & de Wilde, 1998: 23).',
    '',
    '### Judul (Zulkifli, 2012)',
    '',
    '> Dikutip (Arianto & Anggraini, 2019).',
  ].join('\n');
  const works = extractWorksCited(body);
  // The ids of the three paragraphs, in order (the heading has none).
  const [first, second, quoted] = [...paragraphAnchors(parseBodyLikeSite(body)).values()];

  it('groups citations of one work, counts each, and lists each citing paragraph once', () => {
    expect(works.map(({ key, count, anchors, paragraphNumbers }) => ({ key, count, anchors, paragraphNumbers }))).toEqual([
      { key: 'arianto|2019', count: 1, anchors: [quoted], paragraphNumbers: [3] },
      { key: 'buzan|1998', count: 2, anchors: [first, second], paragraphNumbers: [1, 2] },
      { key: 'maier|1990', count: 3, anchors: [first, second], paragraphNumbers: [1, 2] },
    ]);
  });

  it('reads the same works from the body parsed beforehand', () => {
    expect(extractWorksCited(parseBodyLikeSite(body))).toEqual(works);
  });

  it('names a work by its fullest citation', () => {
    const byKey = new Map(works.map((work) => [work.key, work]));
    expect(byKey.get('buzan|1998')).toMatchObject({ authors: ['Buzan', 'Wæver', 'de Wilde'], etAl: false });
    expect(byKey.get('maier|1990')?.authors).toEqual(['Charles Maier']);
  });

  it('reads no citation from a heading, which has no paragraph anchor', () => {
    expect(works.some((work) => work.key.startsWith('zulkifli'))).toBe(false);
  });
});

describe('works cited in the bundled Indonesia–Netherlands thesis', () => {
  const file = new URL('../../../content/studies/dampak-keamanan-siber-belanda-peningkatan.md', import.meta.url);
  const { body } = parseEntryFile(readFileSync(file, 'utf8'), file.pathname);
  const works = new Map(extractWorksCited(body).map((work) => [work.key, work]));
  const paragraphs = [...paragraphAnchors(parseBodyLikeSite(body))];
  const anchorOf = (phrase: string) => paragraphs.find(([paragraph]) => toString(paragraph).includes(phrase))?.[1];

  // Counts read off the text with `grep -o "(Azizah, 2020)"` and the like, one line per paragraph.
  it.each([
    ['jelita|2020', 6, 4],
    ['azizah|2020', 6, 6],
    ['darmono|2016', 5, 5],
    ['zulkifli|2012', 4, 4],
    ['anggoro|2003', 4, 3],
    ['mcnabb|2015', 2, 2],
    ['rudy|2002', 2, 2],
    ['arianto|2019', 1, 1],
  ])('cites %s %i times in %i paragraphs', (key, count, paragraphCount) => {
    expect(works.get(key)).toMatchObject({ count });
    expect(works.get(key)?.anchors).toHaveLength(paragraphCount);
  });

  it('reads "Charles Maier (1990)" and links it to its paragraph', () => {
    expect(works.get('maier|1990')).toMatchObject({ authors: ['Charles Maier'], count: 1, anchors: [anchorOf('Charles Maier (1990)')] });
  });

  it('reads "(Buzan et al., 1998)" inside a quotation', () => {
    expect(works.get('buzan|1998')).toMatchObject({ authors: ['Buzan'], etAl: true, anchors: [anchorOf('(Buzan et al., 1998)')] });
  });

  it('takes no work from a period such as "(2006-2010)" or from a regulation', () => {
    expect([...works.keys()].some((key) => /^(?:\d|peraturan)/.test(key))).toBe(false);
  });
});
