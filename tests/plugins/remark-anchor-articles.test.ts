import { describe, expect, it } from 'vitest';
import { renderBody } from '../helpers/site-markdown.ts';

const BODY = '## BAB I\n\n### Pasal 4\n\n(1) Badan ini dipimpin oleh Kepala.\n\n(2) Kepala bertanggung jawab kepada Presiden.';
const LEGAL_FILE = new URL('../../content/legal/perpres-53-2017.md', import.meta.url);
const STUDY_FILE = new URL('../../content/studies/some-study.md', import.meta.url);

describe('remarkAnchorArticles (through the site processor)', () => {
  it('gives the ayat of a legal entry their addresses, each with its link to the passage', async () => {
    const { html } = await renderBody(BODY, {}, LEGAL_FILE);
    expect(html).toContain('<h3 id="pasal-4">Pasal 4<a href="#pasal-4" class="pilcrow"');
    expect(html).toContain('<p id="pasal-4-ayat-1">(1) Badan ini dipimpin oleh Kepala.<a href="#pasal-4-ayat-1" class="pilcrow"');
    expect(html).toContain('<p id="pasal-4-ayat-2">(2) Kepala');
    expect(html).not.toMatch(/id="p-[0-9a-f]{8}"/);
  });

  it('leaves the paragraph ids of other collections as they are', async () => {
    const { html } = await renderBody(BODY, {}, STUDY_FILE);
    expect(html).not.toContain('ayat-');
    expect(html.match(/<p id="p-[0-9a-f]{8}">/g)).toHaveLength(2);
  });
});
