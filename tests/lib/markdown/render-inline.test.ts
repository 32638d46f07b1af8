import { describe, expect, it } from 'vitest';
import {
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

describe('renderLinkedMarkdownBlock', () => {
  it('links mentions for the page\'s locale and gives paragraphs ids that survive sanitising', () => {
    const html = renderLinkedMarkdownBlock('Tentang kerja sama bilateral.\n\nDan UNTOC.', {
      targets: FIXTURE_TARGETS,
      locale: 'en',
      anchorPrefix: 'abstract-id',
    });
    expect(html).toMatch(
      /^<p id="(abstract-id-[0-9a-f]{8})">Tentang <a href="\/en\/concepts\/bilateral-cooperation\/">kerja sama bilateral<\/a>\.<a href="#\1" class="pilcrow"[^>]*><\/a><\/p>/,
    );
    expect(html).toContain('<a href="/en/legal/untoc/">UNTOC</a>');
  });

  it('still drops raw HTML and unsafe links', () => {
    const html = renderLinkedMarkdownBlock('<b id="x">UNTOC</b> [a](javascript:alert(1))', {
      targets: FIXTURE_TARGETS,
      locale: 'id',
      anchorPrefix: 'abstract-id',
    });
    expect(html).not.toContain('<b');
    expect(html).not.toContain('javascript:');
  });
});
