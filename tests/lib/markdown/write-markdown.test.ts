import { describe, expect, it } from 'vitest';
import { markdownFromText, markdownOf, paragraphOf, tableOf } from '../../../src/lib/markdown/write-markdown.ts';
import { ATTACK_STRINGS, MARKDOWN_LINES } from '../../helpers/attack-strings.ts';
import { readHtml, renderBody, withoutLinkerMarkup } from '../../helpers/site-markdown.ts';

describe('markdownFromText', () => {
  it.each([...ATTACK_STRINGS, ...MARKDOWN_LINES])('writes %s so that the site shows it as text in a paragraph', async (text) => {
    const { text: shown, tags, attributes } = readHtml(withoutLinkerMarkup((await renderBody(markdownFromText(text))).html));
    expect(shown).toBe(text);
    expect([...tags]).toEqual(['p']);
    expect([...attributes]).toEqual([]);
  });

  it('escapes bare web addresses and entity-like text, which GFM and HTML would otherwise read', async () => {
    const text = 'Lihat www.contoh.test, https://contoh.test/a dan &amp; atau &#60;b&#62;.';
    const { text: shown, tags } = readHtml((await renderBody(markdownFromText(text))).html);
    expect(shown).toBe(text);
    expect([...tags]).toEqual(['p']);
  });

  it.each(['<#@0>', '<+@contoh.test>', '<0@x> dan <a@b.c>'])('keeps the email-like %s as text (found by the property suite)', async (text) => {
    const { text: shown, tags } = readHtml((await renderBody(markdownFromText(text))).html);
    expect(shown).toBe(text);
    expect([...tags]).toEqual(['p']);
  });

  it('keeps paragraphs apart and drops blank ones', () => {
    expect(markdownFromText('Satu <b>.\n\n  \n\nDua *.')).toBe('Satu \\<b>.\n\nDua \\*.');
  });

  it('leaves plain prose as it is', () => {
    expect(markdownFromText('Kerja sama NCB-Interpol (2021), 45% korban: “aman”.')).toBe('Kerja sama NCB-Interpol (2021), 45% korban: “aman”.');
  });
});

describe('markdownOf', () => {
  it('writes the structure it is given around escaped text', () => {
    expect(markdownOf({ type: 'heading', depth: 3, children: [{ type: 'text', value: 'A. Latar <b>' }] })).toBe('### A. Latar \\<b>');
    expect(markdownOf({ type: 'blockquote', children: [paragraphOf('Kutipan *ini*.')] })).toBe('> Kutipan \\*ini\\*.');
  });

  it('writes a table with pipes in cells escaped, and a code block whose fence no cell can close', () => {
    expect(markdownOf(tableOf([['A', 'B|C'], ['1', '2']]))).toBe('| A | B\\|C |\n| - | - |\n| 1 | 2 |');
    expect(markdownOf({ type: 'code', lang: 'text', value: 'sel\n```\nsel' })).toBe('````text\nsel\n```\nsel\n````');
  });
});
