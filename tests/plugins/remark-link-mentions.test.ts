import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkLinkMentions from '../../src/plugins/remark-link-mentions.ts';
import remarkParseTables from '../../src/plugins/remark-parse-tables.ts';
import { FIXTURE_TARGETS, TARGETS_WITH_ARTICLES } from '../lib/links/fixture-targets.ts';

function render(markdown: string, locale?: 'id' | 'en', targets = FIXTURE_TARGETS): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkParseTables)
      .use(remarkLinkMentions, { targets, ...(locale ? { locale } : {}) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

describe('remarkLinkMentions', () => {
  it('links the first mention of each target per section, in the document\'s own words', () => {
    const html = render(
      [
        'Kerjasama Bilateral dan keamanan siber. Lagi: kerja sama bilateral.',
        '',
        'Paragraf kedua tentang keamanan siber.',
        '',
        '## Bab dua',
        '',
        'Di bab baru, kerja sama bilateral lagi.',
      ].join('\n'),
      'id',
    );
    expect(html).toContain('<a href="/concepts/bilateral-cooperation/">Kerjasama Bilateral</a> dan <a href="/concepts/cyber-security/">keamanan siber</a>. Lagi: kerja sama bilateral.');
    expect(html).toContain('<p>Paragraf kedua tentang keamanan siber.</p>');
    expect(html).toContain('Di bab baru, <a href="/concepts/bilateral-cooperation/">kerja sama bilateral</a> lagi.');
  });

  it('makes links relative to an entry page when no locale is given, so one body serves both languages', () => {
    expect(render('Proses Bali')).toBe('<p><a href="../../legal/bali-process/">Proses Bali</a></p>');
    expect(render('Proses Bali', 'en')).toBe('<p><a href="/en/legal/bali-process/">Proses Bali</a></p>');
  });

  it('links nothing inside headings, existing links or code, and takes a later mention instead', () => {
    const html = render(
      [
        '## Keamanan siber',
        '',
        'Lihat [keamanan siber](https://example.org/) dan `keamanan siber` lalu keamanan siber.',
        '',
        '```',
        'keamanan siber',
        '```',
      ].join('\n'),
      'id',
    );
    expect(html).toContain('<h2>Keamanan siber</h2>');
    expect(html).toContain('<a href="https://example.org/">keamanan siber</a>');
    expect(html).toContain('<code>keamanan siber</code> lalu <a href="/concepts/cyber-security/">keamanan siber</a>.');
    expect(html).toContain('<pre><code>keamanan siber\n</code></pre>');
    expect(html.match(/href="\/concepts\/cyber-security\/"/g)).toHaveLength(1);
  });

  it('links in table body cells but not in header cells', () => {
    const html = render(['| UNTOC | catatan |', '| --- | --- |', '| UNTOC | ok |'].join('\n'), 'id');
    expect(html).toContain('<th>UNTOC</th>');
    expect(html).toContain('<td><a href="/legal/untoc/">UNTOC</a></td>');
  });

  it('does not link a name split by formatting (nor the shorter name inside it), and keeps emphasis around a link', () => {
    expect(render('kerja sama *bilateral*', 'id')).toBe('<p>kerja sama <em>bilateral</em></p>');
    expect(render('*Proses Bali* itu', 'id')).toBe('<p><em><a href="/legal/bali-process/">Proses Bali</a></em> itu</p>');
  });

  it('never links an ambiguous name', () => {
    expect(render('NCB dan Nasir', 'id')).toBe('<p>NCB dan Nasir</p>');
  });

  it('links a cited article to its anchor, once per section and article, beside the instrument itself', () => {
    const markdown = [
      'UU ITE berlaku. Pasal 27 ayat (3) UU ITE dipakai, lalu Pasal 27 ayat (3) UU ITE lagi, dan Pasal 28 UU ITE.',
      '',
      '## Bagian lain',
      '',
      'Pasal 27 ayat (3) UU ITE.',
    ].join('\n');
    const html = render(markdown, 'en', TARGETS_WITH_ARTICLES);
    expect(html).toContain(
      '<p><a href="/en/legal/uu-11-2008/">UU ITE</a> berlaku. <a href="/en/legal/uu-11-2008/#pasal-27-ayat-3">Pasal 27 ayat (3) UU ITE</a> dipakai, lalu Pasal 27 ayat (3) UU ITE lagi, dan <a href="/en/legal/uu-11-2008/#pasal-28">Pasal 28 UU ITE</a>.</p>',
    );
    expect(html).toContain('<p><a href="/en/legal/uu-11-2008/#pasal-27-ayat-3">Pasal 27 ayat (3) UU ITE</a>.</p>');
  });

  it('links a cited article relative to the entry page when no locale is given', () => {
    expect(render('Pasal 4 ayat (1) Perpres 53/2017', undefined, TARGETS_WITH_ARTICLES)).toBe(
      '<p><a href="../../legal/perpres-53-2017/#pasal-4-ayat-1">Pasal 4 ayat (1) Perpres 53/2017</a></p>',
    );
  });
});
