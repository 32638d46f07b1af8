import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../../src/lib/ingest/entry-file.ts';
import { ACTIVE_TAGS, ATTACK_STRINGS, MARKDOWN_LINES } from '../../helpers/attack-strings.ts';
import { ingestText } from '../../helpers/ingest-document.ts';
import { newsPage, newsSentence, thesisAbstractPage, thesisWithChapter } from '../../helpers/raw-documents.ts';
import { readHtml, renderEntry, withoutLinkerMarkup } from '../../helpers/site-markdown.ts';

/** Everything a reader sees of the entry's Markdown parts, and what it is made of. */
async function pageOf(entryText: string) {
  const rendered = await renderEntry(entryText);
  return readHtml(withoutLinkerMarkup([rendered.body, ...rendered.inline, ...rendered.blocks].join('\n')));
}

describe('prepareEntry: document text stays text', () => {
  it.each(ATTACK_STRINGS)('shows %s quoted in a news article as text, on a page with nothing active', async (attack) => {
    const entry = await ingestText('berita.txt', newsPage(`Polisi Ungkap Pesan ${attack} Para Pelaku`, [newsSentence(attack)]));
    expect(entry.collection).toBe('news');
    const page = await pageOf(entry.text);
    expect(page.text).toContain(newsSentence(attack));
    for (const tag of ACTIVE_TAGS) expect(page.tags).not.toContain(tag);
    expect([...page.attributes]).toEqual([]);
  });

  it.each(ATTACK_STRINGS)('shows %s in a thesis title, abstract, keyword and chapter as text', async (attack) => {
    const title = `KERJA SAMA INDONESIA ${attack} DAN AUSTRALIA DALAM MEMBERANTAS KEJAHATAN DARING`;
    const abstract = thesisAbstractPage(title, `Kutipan ${attack} dianalisis.`, [attack, 'kerja sama']);
    const chapter = thesisWithChapter([`Paragraf yang cukup panjang ini mengutip ${attack} dari berkas perkara kejahatan daring.`]);
    for (const entry of [await ingestText('abstrak.txt', abstract), await ingestText('skripsi.txt', chapter)]) {
      const page = await pageOf(entry.text);
      for (const tag of ACTIVE_TAGS) expect(page.tags).not.toContain(tag);
      expect([...page.attributes].filter((name) => name !== 'id')).toEqual([]);
    }
    const abstractPage = await pageOf((await ingestText('abstrak.txt', abstract)).text);
    expect(abstractPage.text).toContain(`Kutipan ${attack} dianalisis.`);
    expect(abstractPage.text).toContain(attack);
    expect((await pageOf((await ingestText('skripsi.txt', chapter)).text)).text).toContain(`mengutip ${attack} dari berkas`);
  });

  it('shows a raw tag in a headline and a title as text in the heading', async () => {
    const news = await renderEntry((await ingestText('berita.txt', newsPage('Polisi Ungkap Pesan <img src=x onerror=alert(1)> Para Pelaku', [newsSentence('x')]))).text);
    expect(news.inline).toEqual(['Polisi Ungkap Pesan &#x3C;img src=x onerror=alert(1)> Para Pelaku']);
    const title = 'KERJA SAMA <b>INDONESIA</b> DAN AUSTRALIA DALAM MEMBERANTAS KEJAHATAN DARING';
    const study = await renderEntry((await ingestText('abstrak.txt', thesisAbstractPage(title, 'Hasilnya baik.', ['kerja sama']))).text);
    expect(readHtml(study.inline[0]!).text).toBe(title);
  });

  it('keeps lines that look like Markdown as text in a news article', async () => {
    const lines = MARKDOWN_LINES.map((line) => `${line} ditulis di awal baris berita ini oleh redaksi kami.`);
    const page = await pageOf((await ingestText('berita.txt', newsPage('Polisi Ungkap Penipuan Daring', lines))).text);
    for (const line of lines) expect(page.text).toContain(line);
    expect([...page.tags]).toEqual(['p']);
  });

  it('keeps keywords "---" and "# pagar" as words, not a rule and a heading', async () => {
    const entry = await ingestText('abstrak.txt', thesisAbstractPage('KERJA SAMA INDONESIA DAN AUSTRALIA', 'Hasilnya baik.', ['---', '# pagar']));
    expect((await renderEntry(entry.text)).inline.slice(-2)).toEqual(['---', '# pagar']);
  });

  it('keeps the structure the thesis parser builds around escaped text', async () => {
    const entry = await ingestText('skripsi.txt', thesisWithChapter(['# pagar yang berada di awal paragraf ini tetap teks biasa.', '---']));
    const rendered = await renderEntry(entry.text);
    const body = withoutLinkerMarkup(rendered.body);
    const page = readHtml(body);
    expect([...page.tags].sort()).toEqual(['h2', 'h3', 'p']);
    expect(page.text).toContain('# pagar yang berada di awal paragraf ini tetap teks biasa.');
    expect(body).toContain('<p>---</p>');
  });

  it('removes control and direction-override characters from every field and the body', async () => {
    const entry = await ingestText(
      'berita.txt',
      newsPage('Polisi Ungkap Berkas \u202egpj.exe\u202c Milik\u0007 Pelaku', [newsSentence('berkas \u202egpj.exe\u202c dan \u2066isolat\u2069\u001b')]),
    );
    expect(entry.text).not.toMatch(/[\0-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const { frontmatter, body } = parseEntryFile(entry.text, 'berita.md');
    expect(frontmatter.headline).toBe('Polisi Ungkap Berkas gpj.exe Milik Pelaku');
    expect(body).toContain('menulis berkas gpj.exe dan isolat dalam pesan');
  });
});
