import { describe, expect, it } from 'vitest';
import { renderBody, withoutLinkerMarkup } from '../helpers/site-markdown.ts';

async function render(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  return withoutLinkerMarkup((await renderBody(markdown, frontmatter)).html);
}

const THESIS = [
  'Keamanan adalah perlindungan dari ancaman yang berasal dari dalam maupun dari luar negara.',
  '',
  '> Security is primarily about the fate of human collectivities and about the pursuit of freedom from threat (Buzan et al., 1998).',
  '',
  'The state is the main actor in this view of the world and its security.',
].join('\n');

describe('remarkPassageLang', () => {
  it('marks an English quotation and paragraph in an Indonesian study, and nothing else', async () => {
    const html = await render(THESIS, { languages: ['id', 'en'] });
    expect(html).toContain('<p>Keamanan adalah');
    expect(html).toMatch(/<blockquote lang="en">\s*<p>Security is primarily/);
    expect(html).toContain('<p lang="en">The state is the main actor');
    // The paragraph inside the marked quotation is not marked again.
    expect(html.match(/lang="en"/g)).toHaveLength(2);
  });

  it('reads a news item\'s language and marks the Indonesian passage in an English one', async () => {
    const html = await render('The ministry said the network was large and the victims were many.\n\nIni adalah kutipan yang dibuat dalam bahasa Indonesia oleh para pejabat.', {
      language: 'en',
    });
    expect(html).toContain('<p>The ministry said');
    expect(html).toContain('<p lang="id">Ini adalah kutipan');
  });

  it('leaves short or mixed passages and entries without a stated language alone', async () => {
    expect(await render('Cybercrime.', { languages: ['id'] })).toBe('<p>Cybercrime.</p>');
    expect(await render(THESIS, {})).not.toContain('lang=');
  });
});
