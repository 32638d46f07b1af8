import { describe, expect, it } from 'vitest';
import { renderMarkdownBlock, renderMarkdownInline } from '../../../src/lib/markdown/render-inline.ts';
import { ATTACK_STRINGS, UNSAFE_URL } from '../../helpers/attack-strings.ts';
import { readHtml, renderBody } from '../../helpers/site-markdown.ts';

/** Markup written straight into Markdown, as a person editing an entry by hand might. */
const HAND_WRITTEN = [
  ...ATTACK_STRINGS,
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '[x](java&#x09;script:alert(1))',
  '[x]( javascript:alert(1))',
  '<div onclick="alert(1)">x</div>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];

function expectInert(html: string): void {
  const { tags, attributes, urls } = readHtml(html);
  for (const tag of ['script', 'img', 'svg', 'details', 'iframe', 'style', 'div', 'math']) expect(tags).not.toContain(tag);
  expect([...attributes].filter((name) => /^on/i.test(name))).toEqual([]);
  expect(urls.filter((url) => UNSAFE_URL.test(url))).toEqual([]);
  expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
}

describe('the sanitising schema', () => {
  it.each(HAND_WRITTEN)('leaves nothing active of %s in an entry body', async (markup) => {
    expectInert((await renderBody(`Teks ${markup} teks\n\n${markup}`)).html);
  });

  it.each(HAND_WRITTEN)('leaves nothing active of %s in an abstract, a title or a keyword', (markup) => {
    expectInert(renderMarkdownBlock(`Teks ${markup}\n\n${markup}`));
    expectInert(renderMarkdownInline(markup));
  });

  it('keeps the structure entries are made of', async () => {
    const markdown = [
      '## BAB I',
      '> Security is primarily about the fate of human collectivities (Buzan et al., 1998).',
      '1. satu\n2. dua',
      '- butir',
      '| Tahun | Jumlah |\n| - | - |\n| 2020 | 14 |',
      '```text\nsel\n```',
      'Kata *miring*, **tebal** dan [UNODC](https://www.unodc.org/), ~~bukan coretan~~.',
    ].join('\n\n');
    const { tags, attributes } = readHtml((await renderBody(markdown, { languages: ['id'] })).html);
    expect([...tags].sort()).toEqual(
      ['a', 'blockquote', 'code', 'em', 'h2', 'li', 'ol', 'p', 'pre', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort(),
    );
    expect([...attributes].sort()).toEqual(['href', 'id', 'lang']);
  });

  it('turns an h1 in a body into its text: the page has its own', async () => {
    expect((await renderBody('# Judul\n\nTeks.')).html).toBe('Judul\n<p id="p-1">Teks.</p>');
  });

  it('keeps relative, fragment and mail links', () => {
    expect(renderMarkdownInline('[a](/concepts/x/) [b](#bab-i) [c](mailto:redaksi@contoh.test)')).toBe(
      '<a href="/concepts/x/">a</a> <a href="#bab-i">b</a> <a href="mailto:redaksi@contoh.test">c</a>',
    );
  });
});
