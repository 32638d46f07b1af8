import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../../src/lib/ingest/content-store.ts';
import { parseEntryFile } from '../../../src/lib/ingest/entry-file.ts';
import { prepareEntry, type PreparedEntry } from '../../../src/lib/ingest/prepare-entry.ts';
import { reflowPdfText } from '../../../src/lib/ingest/pdf-text/reflow.ts';
import { readTaggingIndexes } from '../../../src/lib/ingest/tagging-indexes.ts';
import { REAL_DOCUMENTS } from '../../fixtures/formats/real-documents.ts';

const content = fileURLToPath(new URL('../../../content', import.meta.url));
const indexes = readTaggingIndexes(content);
const NEWS = readFileSync(new URL('../../fixtures/seeds/002_c75eac786764423a.txt', import.meta.url));

/** The entry as the content store would read it back from disk. */
function stored(entry: PreparedEntry): StoredEntry {
  const frontmatter = parseEntryFile(entry.text, entry.path).frontmatter;
  return { collection: entry.collection, id: entry.id, path: entry.path, text: entry.text, frontmatter };
}

const prepare = (fileName: string, bytes: Uint8Array, existing: StoredEntry[] = [], force = false) =>
  prepareEntry({ fileName, bytes }, indexes, existing, { force });

describe('prepareEntry: where the raw document is kept', () => {
  it('keeps a safe name as it is, and records no original name', async () => {
    const entry = await prepare('/tmp/002_c75eac786764423a.txt', NEWS);
    expect(entry.sourcePath).toBe('sources/002_c75eac786764423a.txt');
    expect(entry.text).not.toContain('originalName');
    expect(entry.encoding).toBe('utf-8');
  });

  it('keeps an unsafe name as a slug of it, recording the original name', async () => {
    const entry = await prepare('/tmp/Berita Kemlu #1.TXT', NEWS);
    expect(entry.sourcePath).toBe('sources/berita-kemlu-1.txt');
    expect(parseEntryFile(entry.text, entry.path).frontmatter.source).toMatchObject({
      file: 'sources/berita-kemlu-1.txt',
      originalName: 'Berita Kemlu #1.TXT',
    });
  });

  it('keeps the source and entry of the same bytes under a new name, unless forced', async () => {
    const first = await prepare('/tmp/a#b.txt', NEWS);
    const again = await prepare('/tmp/renamed.txt', NEWS, [stored(first)]);
    expect(again).toMatchObject({ sourcePath: 'sources/a-b.txt', sameBytesAs: 'sources/a-b.txt', path: first.path });
    expect(again.plan.action).toBe('unchanged');

    const forced = await prepare('/tmp/renamed.txt', NEWS, [stored(first)], true);
    expect(forced).toMatchObject({ sourcePath: 'sources/renamed.txt', sameBytesAs: 'sources/a-b.txt', path: first.path });
    expect(forced.plan.action).toBe('update');
    expect(forced.text).not.toContain('originalName');
  });

  it('says which encoding it read', async () => {
    expect((await prepare('/tmp/u16.txt', Buffer.from(`\uFEFF${NEWS.toString('utf8')}`, 'utf16le'))).encoding).toBe('utf-16le');
  });
});

describe('prepareEntry: a kind named with --kind', () => {
  it('is recorded in the entry and read again by a later run that names none', async () => {
    const named = await prepareEntry({ fileName: '/tmp/berita.txt', bytes: NEWS }, indexes, [], { force: false, kind: 'article' });
    expect(named.collection).toBe('studies');
    expect(parseEntryFile(named.text, named.path).frontmatter.source).toMatchObject({ parser: 'article', kind: 'article' });

    const again = await prepare('/tmp/berita.txt', NEWS, [stored(named)]);
    expect(again.path).toBe(named.path);
    expect(again.plan.action).toBe('unchanged');
    expect(again.detection.reasons.join(' ')).toContain('source.kind');
  });

  it('is not recorded when the detection decided', async () => {
    const detected = await prepare('/tmp/berita.txt', NEWS);
    expect(detected.collection).toBe('news');
    expect(parseEntryFile(detected.text, detected.path).frontmatter.source).not.toHaveProperty('kind');
  });
});

/**
 * The fields each real document's text is read right on (see tests/fixtures/real/): its PDF and
 * its web page must give the same. Fields the text is read wrong on are not compared here.
 */
const SAME_FIELDS: Record<string, string[]> = {
  'unhas-skripsi': ['title', 'authors', 'institution', 'keywords'],
  'ncb-skripsi': ['title.id', 'authors', 'keywords'],
  'undip-article': ['authors', 'year', 'institution', 'keywords', 'publication.journal', 'publication.volume', 'publication.issue'],
  'suaramerdeka-news': ['headline', 'outlet', 'published', 'language'],
};

/** The fields the PDF form must give like the text, beyond the page's: what a cover and layout must not change. */
const PDF_ALSO: Record<string, string[]> = {
  'unhas-skripsi': ['faculty', 'department', 'studentNumber', 'supervisors', 'abstract', 'fullText', 'year'],
  'ncb-skripsi': ['title', 'abstract', 'year'],
  'undip-article': ['title', 'faculty', 'department', 'publication'],
};

interface Forms {
  text: Record<string, unknown>;
  pdf?: Record<string, unknown>;
  html: Record<string, unknown>;
  pdfEntry?: PreparedEntry;
  htmlEntry: PreparedEntry;
}

const at = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

const frontmatterOf = (entry: PreparedEntry) => parseEntryFile(entry.text, entry.path).frontmatter;

describe('prepareEntry: a PDF and a saved web page of a document give the metadata of its text', () => {
  const forms = new Map<string, Forms>();
  const pdfParagraphs = new Map<string, { paragraphs: string[]; pages: number[] }>();

  beforeAll(async () => {
    for (const document of REAL_DOCUMENTS) {
      const text = frontmatterOf(await prepare(`${document.name}.txt`, document.text));
      const htmlEntry = await prepare(`${document.name}.html`, new TextEncoder().encode(document.html()));
      const written = document.pdf ? await document.pdf() : undefined;
      const pdfEntry = written ? await prepare(`${document.name}.pdf`, written.bytes) : undefined;
      if (written) pdfParagraphs.set(document.name, { paragraphs: reflowPdfText(Buffer.from(document.text).toString('utf8')), pages: written.pageOfParagraph });
      forms.set(document.name, {
        text,
        html: frontmatterOf(htmlEntry),
        htmlEntry,
        ...(pdfEntry ? { pdf: frontmatterOf(pdfEntry), pdfEntry } : {}),
      });
    }
  }, 60_000);

  it.each(Object.entries(SAME_FIELDS))('%s: the same fields from its text, PDF and web page', (name, fields) => {
    const { text, pdf, html } = forms.get(name)!;
    for (const field of fields) expect(at(text, field), field).not.toBeUndefined();
    for (const field of [...fields, ...(PDF_ALSO[name] ?? [])]) {
      if (pdf) expect(at(pdf, field), `${field} from the PDF`).toEqual(at(text, field));
    }
    for (const field of fields) expect(at(html, field), `${field} from the web page`).toEqual(at(text, field));
  });

  it('records where each field from the page came from, and the format', () => {
    const { html, pdf } = forms.get('undip-article')!;
    expect(html.source).toMatchObject({
      format: 'html',
      stated: { authors: 'citation_author', year: 'citation_date', institution: 'citation_author_institution', 'publication.pages': 'citation_firstpage' },
    });
    // What the text got wrong, the page states: the title as printed, and the page range.
    expect(at(html, 'title.id')).toBe('KERJASAMA BNP2TKI DENGAN IOM DALAM MENANGANI HUMAN TRAFFICKING TENAGA KERJA INDONESIA DI MALAYSIA PERIODE 2011-2015');
    expect(at(html, 'publication.pages')).toBe('189-196');
    expect(pdf!.source).toMatchObject({ format: 'pdf' });
    expect((pdf!.source as Record<string, unknown>).stated).toBeUndefined();
  });

  it('takes the address of a news page from its canonical link', () => {
    expect(forms.get('suaramerdeka-news')!.html.sourceUrl).toBe(
      'https://www.suaramerdeka.com/nasional/pr-04885224/red-notice-interpol-polri-negara-lain-bisa-langsung-tangkap-harun-masiku',
    );
  });

  it('gives each passage of a PDF the page it starts on, the two-column page included', () => {
    const { pdf, pdfEntry } = forms.get('unhas-skripsi')!;
    const pages = (pdf!.source as { pages: Array<{ at: string; page: number }> }).pages;
    const { paragraphs, pages: written } = pdfParagraphs.get('unhas-skripsi')!;
    const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 6).join(' ');
    // Paragraphs opening with the same words (repeated headings) are left out: which is which is not known.
    const openings = paragraphs.map(words);
    const writtenPage = new Map(openings.flatMap((key, i) => (openings.indexOf(key) === openings.lastIndexOf(key) ? [[key, written[i]!]] : [])));
    const blocks = pdfEntry!.text.split('\n---\n').slice(1).join('\n---\n').split(/\n{2,}/);
    const bodyBlocks = pages.filter((p) => p.at.startsWith('body.'));
    expect(bodyBlocks.length).toBeGreaterThan(blocks.length * 0.9);
    let compared = 0;
    for (const { at: where, page } of bodyBlocks) {
      const expected = writtenPage.get(words(blocks[Number(where.slice('body.'.length))] ?? ''));
      if (expected === undefined) continue;
      expect(page, where).toBe(expected);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(bodyBlocks.length / 2);
    expect(pages.find((p) => p.at === 'abstract.id')?.page).toBe(2);
    expect(bodyBlocks.some((p) => p.page === 4)).toBe(true);
  });

  it('lets no markup or script of a web page into the entry', () => {
    const { htmlEntry } = forms.get('suaramerdeka-news')!;
    for (const markup of ['<script', '<img', 'onerror', 'alert(', 'document.cookie', 'hacked', 'display: none', 'dataLayer', 'Terpopuler']) {
      expect(htmlEntry.text).not.toContain(markup);
    }
  });
});

describe('prepareEntry: ids', () => {
  const NCB_KAMBOJA = readFileSync(new URL('../../fixtures/seeds/001_8723b701c64fe734.txt', import.meta.url));
  const NCB_TIONGKOK = readFileSync(new URL('../../fixtures/seeds/000_cd80f2ce729e3ac9.txt', import.meta.url));

  it('makes a new id of the distinctive words of a reviewed title', async () => {
    const entry = await prepare('/tmp/001_8723b701c64fe734.txt', NCB_KAMBOJA);
    expect(entry.id).toBe('ncb-interpol-kamboja-menangani-perdagangan-manusia');
    expect(entry.text).toMatch(/^ {2}idFrom: title\.id$/m);
  });

  it('never makes an id of a title awaiting review: the source file names the entry', async () => {
    const entry = await prepare('/tmp/000_cd80f2ce729e3ac9.txt', NCB_TIONGKOK);
    expect(entry.review.map((flag) => flag.field)).toContain('title.id');
    expect(entry.id).toBe('000-cd80f2ce729e3ac9');
    expect(entry.text).toMatch(/^ {2}idFrom: file$/m);
  });

  it('keeps the id of an entry made before, however ids are made now', async () => {
    const first = await prepare('/tmp/001_8723b701c64fe734.txt', NCB_KAMBOJA);
    const published = { ...stored(first), id: 'kerjasama-ncb-interpol', path: 'studies/kerjasama-ncb-interpol.md' };
    const again = await prepare('/tmp/001_8723b701c64fe734.txt', NCB_KAMBOJA, [published], true);
    expect(again.id).toBe('kerjasama-ncb-interpol');
    expect(again.path).toBe('studies/kerjasama-ncb-interpol.md');
  });

  it('takes another id when an entry on disk has the one it would make', async () => {
    const first = await prepare('/tmp/001_8723b701c64fe734.txt', NCB_KAMBOJA);
    const other = { ...stored(first), frontmatter: { ...stored(first).frontmatter, source: { file: 'sources/other.txt', sha256: '0'.repeat(64) } } };
    const second = await prepare('/tmp/copy-with-other-bytes.txt', new Uint8Array([...NCB_KAMBOJA, 10, 10, 88]), [other]);
    expect(second.id).not.toBe(first.id);
    expect(second.id.startsWith(`${first.id}-`)).toBe(true);
  });
});

describe('prepareEntry: ids of news items without a headline', () => {
  const startsWithArticle = (lead: string) =>
    new TextEncoder().encode(
      `${lead} Kepolisian Negara Republik Indonesia (Polri) menangkap satu orang tersangka terkait tindak pidana penipuan online. Penangkapan dilakukan di Abu Dhabi.\n` +
        'Wakil Direktur Tindak Pidana Siber Bareskrim Polri menyebut buron tersebut merupakan warga negara China.\n',
    );

  it('names the entry after its source file, and records so', async () => {
    const entry = await prepare('/tmp/gatra-polri-abu-dhabi.txt', startsWithArticle('date 2024-05-02 Jakarta, Gatra.com -'));
    expect(entry.text).not.toMatch(/^headline:/m);
    expect(entry.id).toBe('gatra-polri-abu-dhabi');
    expect(entry.text).toMatch(/^ {2}idFrom: file$/m);
  });
});
