import { h } from 'hastscript';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { HtmlValidate } from 'html-validate';
import { SANITIZE_SCHEMA } from '../../src/lib/markdown/sanitize-schema.ts';
import { describe, expect, it } from 'vitest';
import { renderLinkedMarkdownBlock } from '../../src/lib/markdown/render-inline.ts';
import { renderBody } from '../helpers/site-markdown.ts';

const LINK = (id: string) => `<a href="#${id}" class="pilcrow" aria-labelledby="anchor-link-label" aria-label="Tautan ke bagian ini"></a>`;

describe('rehypeLinkAnchors', () => {
  it('links every heading and paragraph of a body to itself, leaving the heading text as written', async () => {
    const { html, headings } = await renderBody('## BAB I PENDAHULUAN\n\nSatu paragraf.\n\n- butir satu\n- butir dua');
    const paragraphId = /<p id="(p-[0-9a-f]{8})"/.exec(html)?.[1];
    expect(paragraphId).toBeDefined();
    expect(html).toContain(`<h2 id="bab-i-pendahuluan">BAB I PENDAHULUAN${LINK('bab-i-pendahuluan')}</h2>`);
    expect(html).toContain(`Satu paragraf.${LINK(paragraphId!)}</p>`);
    // A tight list item carries its paragraph's id, and so its link.
    expect(html.match(/<li id="p-[0-9a-f]{8}">butir (?:satu|dua)<a href="#p-[0-9a-f]{8}" class="pilcrow"/g)).toHaveLength(2);
    expect(headings).toEqual([{ depth: 2, slug: 'bab-i-pendahuluan', text: 'BAB I PENDAHULUAN' }]);
  });

  it('links the paragraphs of an abstract too', () => {
    const html = renderLinkedMarkdownBlock('Abstrak satu.\n\nAbstrak dua.', { targets: [], anchorPrefix: 'abstract-id' });
    expect(html.match(/<a href="#abstract-id-[0-9a-f]{8}" class="pilcrow" aria-labelledby="anchor-link-label" aria-label="Tautan ke bagian ini"><\/a><\/p>/g)).toHaveLength(2);
  });

  it('passes the sanitiser in its own form only: another class or label is dropped', () => {
    const forged = h('p', [h('a', { href: '#x', className: ['pilcrow', 'big'], ariaLabel: 'Klik', ariaLabelledBy: ['other'] }, 'x')]);
    const html = toHtml(sanitize(forged, SANITIZE_SCHEMA));
    expect(html).toMatch(/^<p><a href="#x" class="pilcrow"[^>]*>x<\/a><\/p>$/);
    for (const forgedValue of ['big', 'Klik', 'other']) expect(html).not.toContain(forgedValue);
  });

  it('gives valid, named links when the page holds the label', async () => {
    const { html } = await renderBody('## Bab\n\nParagraf.');
    const page = `<!DOCTYPE html><html lang="id"><head><title>t</title></head><body><span id="anchor-link-label" hidden>Tautan ke bagian ini</span><main>${html}</main></body></html>`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('anchors of a long text', () => {
  const sections = Array.from({ length: 8 }, (_, n) => `## Bab ${n + 1} Pembahasan bagian ${n + 1}\n\nParagraf pertama bab ${n + 1}.\n\nParagraf kedua bab ${n + 1}, dengan *penekanan*.`);
  const anchorsOf = (html: string) => [...html.matchAll(/<a href="#([^"]+)" class="pilcrow"/g)].map((match) => match[1]);

  it('stay the same after an unrelated edit: a paragraph rewritten, a section and a paragraph added', async () => {
    const before = anchorsOf((await renderBody(sections.join('\n\n'))).html);
    const edited = [...sections];
    edited[2] = edited[2]!.replace('Paragraf kedua bab 3', 'Paragraf kedua bab 3 yang ditulis ulang');
    edited.splice(5, 0, '## Catatan tambahan\n\nSebuah catatan baru.');
    edited[0] = `${edited[0]}\n\nParagraf sisipan.`;
    const after = new Set(anchorsOf((await renderBody(edited.join('\n\n'))).html));
    const rewritten = before.filter((id) => !after.has(id));
    // Only the rewritten paragraph's own anchor is gone; every other passage keeps its address.
    expect(before).toHaveLength(24);
    expect(rewritten).toHaveLength(1);
    expect(rewritten[0]).toMatch(/^p-[0-9a-f]{8}$/);
  });
});
