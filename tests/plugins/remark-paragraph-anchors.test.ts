import { describe, expect, it } from 'vitest';
import { renderBody } from '../helpers/site-markdown.ts';

describe('remarkParagraphAnchors', () => {
  it('numbers the paragraphs p-1, p-2, … in document order, skipping headings and table cells', async () => {
    const html = (await renderBody('## Bab\n\nSatu.\n\n> Dua.\n\n| a |\n| - |\n| sel |\n\nTiga.')).html;
    expect(html).toContain('<p id="p-1">Satu.</p>');
    expect(html).toMatch(/<blockquote>\s*<p id="p-2">Dua.<\/p>/);
    expect(html).toContain('<td>sel</td>');
    expect(html).toContain('<p id="p-3">Tiga.</p>');
  });

  it('puts the anchor of a paragraph in a tight list on its item, and keeps it on the paragraph in a loose one', async () => {
    expect((await renderBody('- satu\n- dua')).html).toBe('<ul>\n<li id="p-1">satu</li>\n<li id="p-2">dua</li>\n</ul>');
    expect((await renderBody('- satu\n\n- dua')).html).toContain('<li>\n<p id="p-1">satu</p>\n</li>');
  });
});
