import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_LENGTH,
  markdownExcerpt,
  markdownLead,
  markdownToPlainText,
  renderLinkedMarkdownBlock,
  renderMarkdownBlock,
  renderMarkdownInline,
} from '../../../src/lib/markdown/render-inline.ts';
import { FIXTURE_TARGETS } from '../links/fixture-targets.ts';

describe('renderMarkdownBlock', () => {
  it('renders emphasis inside paragraphs', () => {
    expect(renderMarkdownBlock('Kasus *cybercrime* di Indonesia.')).toBe('<p>Kasus <em>cybercrime</em> di Indonesia.</p>');
  });

  it('keeps paragraphs apart', () => {
    expect(renderMarkdownBlock('Satu.\n\nDua.')).toBe('<p>Satu.</p>\n<p>Dua.</p>');
  });

  it('drops raw HTML instead of passing it through', () => {
    const html = renderMarkdownBlock('Teks <script>alert(1)</script> <b onclick="x()">tebal</b>');
    expect(html).not.toMatch(/<script|<b|onclick/);
    expect(html).toContain('tebal');
  });

  it('drops script links but keeps web links', () => {
    expect(renderMarkdownBlock('[a](javascript:alert(1))')).toBe('<p><a>a</a></p>');
    expect(renderMarkdownBlock('[UN](https://www.un.org/)')).toBe('<p><a href="https://www.un.org/">UN</a></p>');
  });

  it('escapes markup characters in text', () => {
    expect(renderMarkdownBlock('5 < 6 & 7')).toBe('<p>5 &#x3C; 6 &#x26; 7</p>');
  });
});

describe('renderMarkdownInline', () => {
  it('unwraps a single paragraph', () => {
    expect(renderMarkdownInline('Kerja sama *Love Scam*')).toBe('Kerja sama <em>Love Scam</em>');
  });

  it('keeps paragraphs when there are several', () => {
    expect(renderMarkdownInline('Satu.\n\nDua.')).toBe('<p>Satu.</p>\n<p>Dua.</p>');
  });

  it('renders plain text unchanged', () => {
    expect(renderMarkdownInline('NCB-Interpol Indonesia')).toBe('NCB-Interpol Indonesia');
  });

  it('gives each text its own rendering when texts recur (renderings are cached)', () => {
    expect(['*Love Scam*', 'Polri', '*Love Scam*', 'Polri'].map((text) => renderMarkdownInline(text))).toEqual([
      '<em>Love Scam</em>',
      'Polri',
      '<em>Love Scam</em>',
      'Polri',
    ]);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToPlainText('Kerja sama *NCB-Interpol* dan **Polri**')).toBe('Kerja sama NCB-Interpol dan Polri');
  });

  it('joins paragraphs and headings with a space', () => {
    expect(markdownToPlainText('## BAB I\n\nSatu.\n\nDua.')).toBe('BAB I Satu. Dua.');
  });

  it('keeps link text, not the target', () => {
    expect(markdownToPlainText('Lihat [UNODC](https://www.unodc.org/).')).toBe('Lihat UNODC.');
  });
});

describe('markdownExcerpt', () => {
  it('gives the first characters of a long text as plain text, paragraphs joined with a space', () => {
    const text = ['Kerja sama *bilateral* antara Indonesia dan Australia.', 'x'.repeat(300)].join('\n\n');
    const excerpt = markdownExcerpt(text);
    expect(excerpt).toHaveLength(DESCRIPTION_LENGTH);
    expect(excerpt).toBe(`Kerja sama bilateral antara Indonesia dan Australia. ${'x'.repeat(300)}`.slice(0, DESCRIPTION_LENGTH));
  });

  it('equals the plain text of the whole, cut to length, for texts of many paragraphs', () => {
    const paragraphs = Array.from({ length: 40 }, (_, n) => `Paragraf **${n}** tentang [UNTOC](https://example.org/${n}).`);
    const text = paragraphs.join('\n\n');
    expect(markdownExcerpt(text)).toBe(markdownToPlainText(text).slice(0, DESCRIPTION_LENGTH));
    expect(markdownExcerpt('Pendek.')).toBe('Pendek.');
    expect(markdownExcerpt('')).toBe('');
  });
});

describe('renderLinkedMarkdownBlock', () => {
  it('links mentions relative to the entry page and gives paragraphs ids that survive sanitising', () => {
    const html = renderLinkedMarkdownBlock('Tentang kerja sama bilateral.\n\nDan UNTOC.', {
      targets: FIXTURE_TARGETS,
      anchorPrefix: 'abstract-id',
    });
    expect(html).toMatch(
      /^<p id="(abstract-id-[0-9a-f]{8})">Tentang <a href="..\/..\/concepts\/bilateral-cooperation\/">kerja sama bilateral<\/a>\.<a href="#\1" class="pilcrow"[^>]*><\/a><\/p>/,
    );
    expect(html).toContain('<a href="../../legal/untoc/">UNTOC</a>');
  });

  it('renders each text under each prefix as its own (renderings are cached)', () => {
    const linking = (anchorPrefix: string) => ({ targets: FIXTURE_TARGETS, anchorPrefix });
    const texts = Array.from({ length: 40 }, (_, n) => `Teks ${n} tentang UNTOC.`);
    const first = texts.map((text) => renderLinkedMarkdownBlock(text, linking('abstract-id')));
    const again = [...texts].reverse().map((text) => renderLinkedMarkdownBlock(text, linking('abstract-id'))).reverse();
    expect(again).toEqual(first);
    first.forEach((html, n) => expect(html).toContain(`Teks ${n} tentang`));
    expect(renderLinkedMarkdownBlock(texts[0]!, linking('abstract-en'))).toMatch(/^<p id="abstract-en-/);
  });

  it('still drops raw HTML and unsafe links', () => {
    const html = renderLinkedMarkdownBlock('<b id="x">UNTOC</b> [a](javascript:alert(1))', {
      targets: FIXTURE_TARGETS,
      anchorPrefix: 'abstract-id',
    });
    expect(html).not.toContain('<b');
    expect(html).not.toContain('javascript:');
  });
});

describe('markdownLead', () => {
  it('gives the first paragraph with words as plain text, however short', () => {
    const body = ['', '**JAKARTA** – Polisi menangkap tersangka *penipuan online*.', 'Paragraf kedua.'].join('\n\n');
    expect(markdownLead(body)).toBe('JAKARTA – Polisi menangkap tersangka penipuan online.');
    expect(markdownLead('Satu kalimat.')).toBe('Satu kalimat.');
  });

  it('is empty for a text without words', () => {
    expect(markdownLead('')).toBe('');
    expect(markdownLead('\n\n\n')).toBe('');
  });
});
