import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildMentionIndex, entryMentions, mentionIndexOf } from '../../../src/lib/graph/build-mention-index.ts';
import { buildMentionMatcher } from '../../../src/lib/links/find-mentions.ts';
import { paragraphAnchors } from '../../../src/lib/markdown/paragraph-anchors.ts';
import remarkParseTables from '../../../src/plugins/remark-parse-tables.ts';
import { FIXTURE_TARGETS, TARGETS_WITH_ARTICLES } from '../links/fixture-targets.ts';

const matcher = buildMentionMatcher(FIXTURE_TARGETS);

const BODY = [
  '## Bab I',
  '',
  'Pendahuluan tanpa sebutan.',
  '',
  'Indonesia meratifikasi UNTOC pada 2009. Lalu Proses Bali dimulai.',
  '',
  '| UNTOC | tabel |',
  '| --- | --- |',
  '| UNTOC | tidak dihitung |',
  '',
  'Sekali lagi UNTOC.',
].join('\n');

/** The id the body plugin gives the paragraph starting with `start`. */
function anchorOf(markdown: string, start: string): string | undefined {
  const tree = unified().use(remarkParse).use(remarkParseTables).parse(markdown);
  return [...paragraphAnchors(tree)].find(([paragraph]) => {
    const first = paragraph.children[0];
    return first?.type === 'text' && first.value.startsWith(start);
  })?.[1];
}

describe('buildMentionIndex', () => {
  const index = buildMentionIndex(
    [
      {
        entry: { kind: 'studies', id: 'a' },
        texts: [
          { markdown: 'Abstrak tentang kerja sama bilateral.', lang: 'id', anchorPrefix: 'abstract-id', format: 'abstract' },
          { markdown: BODY, lang: 'id', anchorPrefix: 'p', format: 'body' },
        ],
      },
      { entry: { kind: 'news', id: 'b' }, texts: [{ markdown: 'Berita: UNTOC dibahas.', lang: 'id', anchorPrefix: 'p', format: 'body' }] },
    ],
    matcher,
  );

  it('lists each entry mentioning a target once, with the sentence of its first mention and the paragraph id the page gives it', () => {
    expect(index.get('legal:untoc')).toEqual([
      {
        entry: { kind: 'studies', id: 'a' },
        anchor: anchorOf(BODY, 'Indonesia meratifikasi'),
        sentence: { before: 'Indonesia meratifikasi ', mention: 'UNTOC', after: ' pada 2009.' },
        lang: 'id',
        count: 2,
      },
      {
        entry: { kind: 'news', id: 'b' },
        anchor: anchorOf('Berita: UNTOC dibahas.', 'Berita'),
        sentence: { before: 'Berita: ', mention: 'UNTOC', after: ' dibahas.' },
        lang: 'id',
        count: 1,
      },
    ]);
  });

  it('reads abstracts with their own paragraph ids', () => {
    const [backlink] = index.get('concept:bilateral-cooperation') ?? [];
    expect(backlink?.anchor).toMatch(/^abstract-id-[0-9a-f]{8}$/);
    expect(backlink?.sentence.mention).toBe('kerja sama bilateral');
  });

  it('has no entry for a target nobody mentions, and none for headings or tables alone', () => {
    expect(index.has('concept:human-trafficking')).toBe(false);
    expect(buildMentionIndex([{ entry: { kind: 'news', id: 'c' }, texts: [{ markdown: '## UNTOC\n\n| UNTOC |\n| --- |\n| UNTOC |', lang: 'id', anchorPrefix: 'p', format: 'body' }] }], matcher).size).toBe(0);
  });

  it('counts a cited article as a mention of its instrument, quoting the citation', () => {
    const text = { markdown: 'Ia dijerat Pasal 27 ayat (3) UU ITE. UU ITE juga mengatur hal lain.', lang: 'id' as const, anchorPrefix: 'p', format: 'body' as const };
    const articles = buildMentionIndex([{ entry: { kind: 'news', id: 'd' }, texts: [text] }], buildMentionMatcher(TARGETS_WITH_ARTICLES));
    expect(articles.get('legal:uu-11-2008')).toEqual([
      {
        entry: { kind: 'news', id: 'd' },
        anchor: anchorOf(text.markdown, 'Ia dijerat'),
        sentence: { before: 'Ia dijerat ', mention: 'Pasal 27 ayat (3) UU ITE', after: '.' },
        lang: 'id',
        count: 2,
      },
    ]);
  });
});

describe('buildMentionIndex given parsed texts', () => {
  it('reads a text given as a parsed tree, from entries a generator yields', () => {
    const tree = unified().use(remarkParse).use(remarkParseTables).parse('Sekali lagi UNTOC.');
    function* entries() {
      yield { entry: { kind: 'news' as const, id: 'c' }, texts: [{ markdown: tree, lang: 'id' as const, anchorPrefix: 'p', format: 'body' as const }] };
    }
    const backlinks = [...buildMentionIndex(entries(), matcher).values()].flat();
    expect(backlinks.map((backlink) => [backlink.entry.id, backlink.sentence.mention])).toEqual([['c', 'UNTOC']]);
  });
});

describe('entryMentions and mentionIndexOf', () => {
  it('make the same index from mentions kept as JSON between builds', () => {
    const inputs = [
      { entry: { kind: 'studies' as const, id: 'a' }, texts: [{ markdown: BODY, lang: 'id' as const, anchorPrefix: 'p', format: 'body' as const }] },
      { entry: { kind: 'news' as const, id: 'b' }, texts: [{ markdown: 'UNTOC lagi, dan Proses Bali.', lang: 'id' as const, anchorPrefix: 'p', format: 'abstract' as const }] },
    ];
    const kept = inputs.map(({ entry, texts }) => ({ entry, mentions: JSON.parse(JSON.stringify(entryMentions(texts, matcher))) }));
    const index = mentionIndexOf(kept);
    expect(index.size).toBeGreaterThan(0);
    expect(index).toEqual(buildMentionIndex(inputs, matcher));
  });
});
