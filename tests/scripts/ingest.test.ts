/**
 * The ingest command as a person runs it: on a scratch copy of the curated data, with real
 * seed documents and with bad input. Each run is a child process, so exit codes and output are
 * the ones a user sees.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/lib/ingest/ingest-lock.ts';
import { STAGING_DIR } from '../../src/lib/ingest/staged-batch.ts';
import { REAL_DOCUMENTS } from '../fixtures/formats/real-documents.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Fixture copies of the seed documents, so these tests hold whatever `content/` holds.
const seeds = join(root, 'tests/fixtures/seeds');
const seed = (prefix: string) => {
  const name = readdirSync(seeds).find((n) => n.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(seeds, name);
};

// Real news documents of the development corpus, sorted so a test picks the same ones each run.
const devNews = join(root, 'tests/fixtures/real/dev/news');
const devNewsNames = readdirSync(devNews).filter((n) => n.endsWith('.txt')).sort();

let work: string;
let content: string;

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', content, ...args], {
    cwd: work,
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Every file under the scratch content folder with its text, to prove nothing changed. */
function snapshot(): Record<string, string> {
  const files = readdirSync(content, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]));
}

/** An entry's text without its provenance block, to compare entries made from differently encoded files. */
function entryWithoutProvenance(text: string): string {
  return text.replace(/^source:\n(?: {2}.*\n)+/m, '');
}

function entryPath(collection: string): string {
  const names = readdirSync(join(content, collection)).filter((n) => n.endsWith('.md'));
  expect(names).toHaveLength(1);
  return join(content, collection, names[0] as string);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lintas-ingest-'));
  content = join(work, 'content');
  for (const dir of ['concepts', 'legal']) cpSync(join(root, 'content', dir), join(content, dir), { recursive: true });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

// Each run starts a Node process and loads the taggers' data: a few seconds a test.
describe('npm run ingest', { timeout: 30_000 }, () => {
  it('writes a news entry and keeps the raw file beside it, saying which kind it chose', () => {
    const { status, out } = ingest(seed('002'));
    expect(status).toBe(0);
    expect(out).toMatch(/: news \(dateline "Bangkok, VIVA –"/);
    expect(out).toMatch(/create: content\/news\/kemlu-12-000-wni-terdampak-kejahatan\.md/);
    expect(out).toContain('review published:');
    const entry = readFileSync(entryPath('news'), 'utf8');
    expect(entry).toContain('headline: "Kemlu: 12.000 WNI Terdampak Kejahatan Transnasional"');
    expect(entry).toContain('file: sources/002_c75eac786764423a.txt');
    expect(readFileSync(join(content, 'sources/002_c75eac786764423a.txt'))).toEqual(readFileSync(seed('002')));
  });

  it('ingests a PDF and a saved web page, keeping both files byte for byte', async () => {
    const thesis = REAL_DOCUMENTS.find((d) => d.name === 'ncb-skripsi')!;
    const news = REAL_DOCUMENTS.find((d) => d.name === 'suaramerdeka-news')!;
    const pdf = join(work, 'Skripsi NCB.PDF');
    const html = join(work, 'berita.htm');
    writeFileSync(pdf, (await thesis.pdf!()).bytes);
    writeFileSync(html, news.html());

    const { status, out } = ingest(pdf, html);
    expect(status).toBe(0);
    expect(out).toMatch(/Skripsi NCB\.PDF: thesis-abstract \(abstract heading "ABSTRAK".*; read as PDF; kept as content\/sources\/skripsi-ncb\.pdf\)/);
    expect(out).toMatch(/berita\.htm: news \(dateline "JAKARTA, suaramerdeka\.com -"; read as a web page\)/);
    expect(readFileSync(join(content, 'sources/skripsi-ncb.pdf'))).toEqual(readFileSync(pdf));
    expect(readFileSync(join(content, 'sources/berita.htm'))).toEqual(readFileSync(html));
    const study = readFileSync(entryPath('studies'), 'utf8');
    expect(study).toContain('  - Tarisya Alifia');
    expect(study).toMatch(/ {2}format: pdf\n {2}pages:\n {4}- at: abstract\.id\n {6}page: 1\n/);
    const article = readFileSync(entryPath('news'), 'utf8');
    expect(article).toContain('published: "2021-08-13"');
    expect(article).toContain('sourceUrl: https://www.suaramerdeka.com/nasional/pr-04885224/');
    expect(article).toMatch(/ {2}stated:\n {4}headline: JSON-LD NewsArticle\.headline\n/);
    expect(article).not.toMatch(/<script|onerror|<img/);

    const before = snapshot();
    const again = ingest(pdf, html);
    expect(again.status).toBe(0);
    expect(again.out.match(/unchanged: /g)).toHaveLength(2);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a damaged PDF by name and writes nothing', () => {
    const broken = join(work, 'rusak.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj\n%%EOF');
    const { status, out } = ingest(broken);
    expect(status).toBe(1);
    expect(out).toMatch(/rusak\.pdf: pdf\.js cannot open it/);
    expect(out).toContain('Nothing was written.');
    expect(existsSync(join(content, 'sources/rusak.pdf'))).toBe(false);
  });

  it('gives the same entry when run again', () => {
    ingest(seed('001'));
    const before = snapshot();
    const { status, out } = ingest(seed('001'));
    expect(status).toBe(0);
    expect(out).toMatch(/unchanged: content\/studies\//);
    expect(snapshot()).toEqual(before);
  });

  it('does not overwrite a hand-edited entry without --force, and shows the difference', () => {
    ingest(seed('003'));
    const path = entryPath('news');
    const edited = readFileSync(path, 'utf8').replace('Anton Santoso', 'Anton S.');
    writeFileSync(path, edited);

    const refused = ingest(seed('003'));
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('was edited by hand');
    expect(refused.out).toContain('-editor: Anton S.');
    expect(refused.out).toContain('+editor: Anton Santoso');
    expect(refused.out).toContain('Nothing was written.');
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = ingest('--force', seed('003'));
    expect(forced.status).toBe(0);
    expect(forced.out).toMatch(/overwrite: content\/news\//);
    expect(readFileSync(path, 'utf8')).toContain('editor: Anton Santoso');
  });

  it('keeps curated fields when it regenerates an entry', () => {
    ingest(seed('001'));
    const path = entryPath('studies');
    // As a curator does it: fill the field, answer its review flag, say why under `curated`.
    const curated = readFileSync(path, 'utf8')
      .replace(/^authors:/m, 'year: 2023\nauthors:')
      .replace(/ {2}- field: year\n {4}reason: [^\n]*\n/, '')
      .replace('curated: []', 'curated:\n  - field: year\n    reason: from the repository record');
    expect(curated).not.toMatch(/field: year\n\s+reason: The text/);
    writeFileSync(path, curated);

    // The run adopts the curated entry: same content, stamped as the ingest's own.
    const rerun = ingest(seed('001'));
    expect(rerun.status).toBe(0);
    expect(rerun.out).toMatch(/restamp: content\/studies\//);
    const adopted = readFileSync(path, 'utf8');
    expect(adopted).toMatch(/^year: 2023$/m);
    expect(ingest(seed('001')).out).toMatch(/unchanged: content\/studies\//);
    expect(readFileSync(path, 'utf8')).toBe(adopted);

    // A hand edit outside the curated fields needs --force, and the curated year still survives it.
    writeFileSync(path, adopted.replace('Tarisya Alifia', 'T. Alifia'));
    expect(ingest(seed('001')).status).toBe(1);
    const forced = ingest('--force', seed('001'));
    expect(forced.status).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toMatch(/^year: 2023$/m);
    expect(after).toContain('reason: from the repository record');
    expect(after).not.toMatch(/field: year\n\s+reason: The text does not state/);
  });

  it.each([
    ['an empty file', '', /empty\.txt: the file is empty/],
    ['a blank file', '  \n\n ', /blank\.txt: the file holds only white space/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]), /binary\.txt: the file is binary/],
    [
      'a few words',
      'Ini hanya catatan belanja.\nBeras dua kilo, telur, dan minyak goreng.\n',
      /notes\.txt: not a document: only \d+ words/,
    ],
  ])('refuses %s with a message naming it, and writes nothing', (_what, data, message) => {
    const name = String(message.source.split('\\.')[0]);
    const file = join(work, `${name}.txt`);
    writeFileSync(file, data);
    const before = snapshot();
    const { status, out } = ingest(file);
    expect(status).toBe(1);
    expect(out).toMatch(message);
    expect(out).toContain('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing from a batch when one of its files is bad', () => {
    const bad = join(work, 'empty.txt');
    writeFileSync(bad, '');
    const before = snapshot();
    const { status } = ingest(seed('000'), bad);
    expect(status).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it('names a broken content file instead of crashing, and writes nothing', () => {
    writeFileSync(join(content, 'concepts', 'broken.yaml'), 'prefLabel: [\n');
    const before = snapshot();
    const { status, out } = ingest(seed('002'));
    expect(status).toBe(1);
    expect(out).toMatch(/concepts\/broken\.yaml: not valid YAML/);
    expect(out).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  it('ingests every document of a folder in name order and ends with a table of what each became', () => {
    const folder = join(work, 'inbox');
    mkdirSync(join(folder, 'older'), { recursive: true });
    const names = ['b-news.txt', 'a-study.TXT', 'c-news.txt'];
    const originals = [join(devNews, devNewsNames[0]!), seed('001'), join(devNews, devNewsNames[1]!)];
    names.forEach((name, i) => writeFileSync(join(folder, name), readFileSync(originals[i]!)));
    writeFileSync(join(folder, '.draft.txt'), 'not ready');
    writeFileSync(join(folder, 'notes.md'), 'to check');
    writeFileSync(join(folder, 'older', 'd.txt'), readFileSync(seed('003')));

    const { status, out } = ingest(folder);
    expect(status).toBe(0);
    expect(out).toContain(`${folder}: 3 not read (not documents by their names): .draft.txt, notes.md, older/`);
    const detection = [...out.matchAll(/^(\S+): (?:thesis-\w+|article|news) \(/gm)].map((m) => m[1]);
    expect(detection).toEqual(['a-study.TXT', 'b-news.txt', 'c-news.txt'].map((name) => join(folder, name)));

    const table = out.slice(out.indexOf('\nfile ') + 1).trimEnd().split('\n');
    expect(table[0]).toMatch(/^file +kind +entry +fields read +flagged for review$/);
    expect(table).toHaveLength(6);
    expect(table[5]).toMatch(/^3 files, \d with fields to review$/);
    const entries = [...readdirSync(join(content, 'news')), ...readdirSync(join(content, 'studies'))];
    for (const [i, name] of ['a-study.TXT', 'b-news.txt', 'c-news.txt'].entries()) {
      const row = table[i + 2]!;
      const [file, kind, entry, read] = row.split(/ {2,}/);
      expect(file).toBe(join(folder, name));
      expect(kind).toMatch(i === 0 ? /^(?:thesis-\w+|article)$/ : /^news$/);
      expect(entries).toContain(basename(entry!));
      const frontmatterLines = readFileSync(join(work, entry!), 'utf8').split('\n---')[0]!;
      expect(Number(read)).toBeGreaterThan(0);
      expect(Number(read)).toBeLessThan(frontmatterLines.split('\n').length);
    }
    expect(readdirSync(join(content, 'sources'))).toHaveLength(3);
  });

  it('refuses a folder with no documents by name, and a folder batch with one bad file writes nothing', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), 'to check');
    const before = snapshot();
    const none = ingest(empty);
    expect(none.status).toBe(1);
    expect(none.out).toContain(`${empty}: a folder with no documents in it`);

    const folder = join(work, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), readFileSync(join(devNews, devNewsNames[0]!)));
    writeFileSync(join(folder, 'b.txt'), '');
    const bad = ingest(folder);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain(`${join(folder, 'b.txt')}: the file is empty`);
    expect(bad.out).toContain('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('shows the table in a dry run too, and writes nothing', () => {
    const folder = join(work, 'inbox');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), readFileSync(join(devNews, devNewsNames[0]!)));
    const before = snapshot();
    const { status, out } = ingest('--dry-run', folder);
    expect(status).toBe(0);
    expect(out).toMatch(/\[dry run\] nothing was written; the batch would make:\nfile +kind +entry/);
    expect(out).toMatch(new RegExp(`\n${join(folder, 'a.txt')} +news +content/news/`));
    expect(snapshot()).toEqual(before);
  });

  it('says so when a file cannot be read, or when no file is given', () => {
    const missing = ingest(join(work, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/nope\.txt: cannot be read \(ENOENT\)/);
    const none = ingest();
    expect(none.status).toBe(1);
    expect(none.out).toContain('usage: npm run ingest');
  });

  it('refuses a different document under a name already kept in sources', () => {
    ingest(seed('002'));
    const impostor = join(work, '002_c75eac786764423a.txt');
    writeFileSync(impostor, readFileSync(seed('003')));
    const before = snapshot();
    const { status, out } = ingest(impostor);
    expect(status).toBe(1);
    expect(out).toContain('already holds a different document of that name');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a batch holding two copies of one document', () => {
    const copy = join(work, 'copy-of-000.txt');
    writeFileSync(copy, readFileSync(seed('000')));
    const before = snapshot();
    const { status, out } = ingest(seed('000'), copy);
    expect(status).toBe(1);
    expect(out).toMatch(/copy-of-000\.txt: the same document as .*000_cd80f2ce729e3ac9\.txt in this batch/);
    expect(snapshot()).toEqual(before);
  });

  it('keeps every published id when the corpus grows and is ingested again', () => {
    expect(ingest(seed('001'), seed('002')).status).toBe(0);
    const ids = () => ['studies', 'news'].flatMap((dir) => readdirSync(join(content, dir)).map((name) => `${dir}/${name}`));
    const before = ids();
    // A thesis of a near title and another news item arrive, then everything is ingested again.
    writeFileSync(join(work, 'ncb-kamboja-kedua.txt'), readFileSync(seed('001'), 'utf8').replace(/\.(\s*\n)/, '. Kalimat lain.$1'));
    expect(ingest(seed('000'), seed('003'), join(work, 'ncb-kamboja-kedua.txt')).status).toBe(0);
    expect(ingest('--force', seed('000'), seed('001'), seed('002'), seed('003'), join(work, 'ncb-kamboja-kedua.txt')).status).toBe(0);
    const after = ids();
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 3);
  });

  it('gives two new documents of the same title in one batch two ids', () => {
    const text = readFileSync(seed('001'), 'utf8');
    const first = join(work, 'first.txt');
    const second = join(work, 'second.txt');
    writeFileSync(first, text);
    // Another document (one more sentence) under the same title.
    writeFileSync(second, text.replace(/\.(\s*\n)/, '. Kalimat tambahan untuk dokumen kedua.$1'));
    const { status } = ingest(first, second);
    expect(status).toBe(0);
    const entries = readdirSync(join(content, 'studies')).filter((n) => n.endsWith('.md'));
    expect(entries).toHaveLength(2);
    const [shorter, longer] = [...entries].sort((a, b) => a.length - b.length);
    expect(longer!.startsWith(shorter!.replace(/\.md$/, '-'))).toBe(true);
  });

  it('does not silently keep a second entry when a document now reads as another kind', () => {
    ingest(seed('002'));
    const newsEntry = entryPath('news');
    // Same file name, now holding a thesis abstract: the ingest must not leave the news entry behind.
    const renamed = join(work, '002_c75eac786764423a.txt');
    writeFileSync(renamed, readFileSync(seed('001')));
    const before = snapshot();
    const refused = ingest(renamed);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/was ingested before as news\/.*\.md but now reads as thesis-abstract; pass --force/);
    expect(snapshot()).toEqual(before);

    const forced = ingest('--force', renamed);
    expect(forced.status).toBe(0);
    expect(forced.out).toMatch(/removed: content\/news\/.*\.md/);
    expect(readdirSync(join(content, 'news')).filter((n) => n.endsWith('.md'))).toEqual([]);
    expect(existsSync(newsEntry)).toBe(false);
    expect(readFileSync(entryPath('studies'), 'utf8')).toContain('Tarisya Alifia');
  });

  it('keeps a file with an unsafe name under a slug of it, recording the original name', () => {
    const file = join(work, 'a#b%zz.txt');
    writeFileSync(file, readFileSync(seed('002')));
    const { status, out } = ingest(file);
    expect(status).toBe(0);
    expect(out).toMatch(/a#b%zz\.txt: news \(.*; kept as content\/sources\/a-b-zz\.txt\)/);
    expect(readdirSync(join(content, 'sources'))).toEqual(['a-b-zz.txt']);
    const entry = readFileSync(entryPath('news'), 'utf8');
    expect(entry).toContain('file: sources/a-b-zz.txt\n  originalName: a#b%zz.txt\n');
    // The same file again finds its entry through the derived name.
    expect(ingest(file).out).toMatch(/unchanged: content\/news\//);
  });

  it('keeps the source and entry of the same bytes under a new name, and moves them only with --force', () => {
    ingest(seed('002'));
    const renamed = join(work, 'berita-kemlu.txt');
    writeFileSync(renamed, readFileSync(seed('002')));
    const before = snapshot();
    const kept = ingest(renamed);
    expect(kept.status).toBe(0);
    expect(kept.out).toContain('the same bytes are already kept as content/sources/002_c75eac786764423a.txt; that source and its entry are kept');
    expect(snapshot()).toEqual(before);

    const moved = ingest('--force', renamed);
    expect(moved.status).toBe(0);
    expect(moved.out).toContain('moved: content/sources/002_c75eac786764423a.txt → content/sources/berita-kemlu.txt');
    expect(readdirSync(join(content, 'sources'))).toEqual(['berita-kemlu.txt']);
    expect(readFileSync(entryPath('news'), 'utf8')).toContain('file: sources/berita-kemlu.txt\n');
  });

  it('reads UTF-16 and Windows-1252 files as the same document, says so, and keeps the bytes as received', () => {
    ingest(seed('002'));
    const fromUtf8 = entryWithoutProvenance(readFileSync(entryPath('news'), 'utf8'));
    const text = readFileSync(seed('002'), 'utf8');
    // Windows-1252 puts the en dash and the bullet at 0x96 and 0x95; the rest of this text is Latin-1.
    const windows1252 = Buffer.concat(
      text.split(/([–•])/).map((part) => (part === '–' ? Buffer.from([0x96]) : part === '•' ? Buffer.from([0x95]) : Buffer.from(part, 'latin1'))),
    );
    const utf16 = Buffer.from(`\uFEFF${text}`, 'utf16le');
    for (const [name, bytes, said] of [['w1252.txt', windows1252, 'Windows-1252'], ['u16.txt', utf16, 'UTF-16 LE']] as const) {
      rmSync(join(content, 'news'), { recursive: true, force: true });
      rmSync(join(content, 'sources'), { recursive: true, force: true });
      writeFileSync(join(work, name), bytes);
      const { status, out } = ingest(join(work, name));
      expect(status).toBe(0);
      expect(out).toMatch(new RegExp(`${name}: news \\(.*; read as ${said}\\)`));
      expect(entryWithoutProvenance(readFileSync(entryPath('news'), 'utf8'))).toEqual(fromUtf8);
      expect(readFileSync(join(content, 'sources', name))).toEqual(bytes);
    }
  });

  it('refuses a file over the size limit by its size, before reading it, and writes nothing from the batch', () => {
    const big = join(work, 'tesis-besar.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    const before = snapshot();
    const { status, out } = ingest(seed('002'), big);
    expect(status).toBe(1);
    expect(out).toMatch(/tesis-besar\.txt: the file is 21\.0 MiB; the ingest takes documents of at most 20\.0 MiB/);
    expect(snapshot()).toEqual(before);
  });

  it('takes over the lock of an ingest that died, and finishes what it left', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(content, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    mkdirSync(join(content, 'news'));
    writeFileSync(join(content, 'news', '.lama.md.0123abcd.tmp'), 'setengah');
    mkdirSync(join(content, STAGING_DIR));
    writeFileSync(join(content, STAGING_DIR, '0'), 'setengah');
    const dryRun = ingest('--dry-run', seed('002'));
    expect(dryRun.out).toContain('note: an earlier batch was interrupted; the next run without --dry-run finishes it');
    expect(existsSync(join(content, STAGING_DIR))).toBe(true);
    const { status, out } = ingest(seed('002'));
    expect(status).toBe(0);
    expect(out).toContain(`note: took over the ingest lock left by process ${dead.stdout}`);
    expect(out).toContain('its staged files were discarded (rolled back)');
    expect(out).toMatch(/note: removed a stale temporary file, content\/news\/\.lama\.md\.0123abcd\.tmp/);
    expect(readdirSync(content).sort()).toEqual(['concepts', 'legal', 'news', 'sources']);
  });
});

/** Runs the ingest without waiting for it; `onStderr` sees its error output as it comes. */
function startIngest(args: string[], env: Record<string, string> = {}, onStderr?: (text: string, child: ChildProcess) => void) {
  const child = spawn(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', content, ...args], {
    cwd: work,
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.on('data', (data: Buffer) => (out += data.toString()));
  child.stderr.on('data', (data: Buffer) => {
    out += data.toString();
    onStderr?.(out, child);
  });
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; out: string }>((done) =>
    child.on('close', (status, signal) => done({ status, signal, out })),
  );
}

/** Each entry's raw file is kept, each kept raw file has its entry, and no batch leftovers remain. */
function expectConsistent(): string[] {
  const listed = (dir: string) => (existsSync(join(content, dir)) ? readdirSync(join(content, dir)) : []);
  const entries = ['studies', 'news'].flatMap((collection) => listed(collection).map((name) => join(content, collection, name)));
  const kept = listed('sources').sort();
  const sourcesOfEntries = entries.map((path) => /^ {2}file: sources\/(.+)$/m.exec(readFileSync(path, 'utf8'))?.[1]);
  expect(sourcesOfEntries.sort()).toEqual(kept);
  expect(entries.filter((path) => !path.endsWith('.md'))).toEqual([]);
  // No lock and no staging folder left behind.
  expect(readdirSync(content).filter((name) => name.startsWith('.'))).toEqual([]);
  return kept;
}

describe('npm run ingest, run concurrently or killed', { timeout: 120_000 }, () => {
  it('loses nothing when two ingests of documents with the same title run at once', async () => {
    const first = join(work, 'berita-a.txt');
    const second = join(work, 'berita-b.txt');
    writeFileSync(first, readFileSync(seed('002')));
    // The same headline and story, from another outlet's copy: another document, the same slug.
    writeFileSync(second, `${readFileSync(seed('002'), 'utf8')}\nDisalin dari sumber lain.\n`);
    const runs = await Promise.all([startIngest([first]), startIngest([second])]);
    for (const run of runs) {
      if (run.status !== 0) expect(run.out).toContain('Another ingest is writing to this content folder');
    }
    const kept = expectConsistent();
    const succeeded = runs.filter((run) => run.status === 0).length;
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect(kept).toHaveLength(succeeded);
    expect(readdirSync(join(content, 'news'))).toHaveLength(succeeded);
  });

  it('leaves every batch whole or absent when killed while writing, once the next run has recovered', async () => {
    const batch = ['000', '002'].map(seed);
    // Staging 4 files, the journal, 4 moves into place and removing the journal.
    const steps = 10;
    // Two processes a trial: a few trials keep the test within seconds.
    const trials = 5;
    const outcomes = new Set<string>();
    for (let trial = 0; trial < trials; trial++) {
      rmSync(content, { recursive: true, force: true });
      for (const dir of ['concepts', 'legal']) cpSync(join(root, 'content', dir), join(content, dir), { recursive: true });
      // Spread over the whole write window, at a random step within each stretch.
      const killAt = 1 + Math.floor(((trial + Math.random()) * steps) / trials);
      await startIngest(batch, { LINTAS_INGEST_STEP_DELAY_MS: '40' }, (out, child) => {
        if ((out.match(/^\[step\] /gm) ?? []).length >= killAt) child.kill('SIGKILL');
      });

      const next = await startIngest([seed('003')]);
      expect(next.status, next.out).toBe(0);
      const kept = expectConsistent();
      const context = `trial ${trial}, killed at step ${killAt}: ${kept.join(', ')}\n${next.out}`;
      expect(kept.length === 1 + batch.length || kept.length === 1, context).toBe(true);
      if (next.out.includes('(completed)')) {
        expect(kept, context).toHaveLength(1 + batch.length);
        outcomes.add('completed');
      }
      if (next.out.includes('(rolled back)')) {
        expect(kept, context).toHaveLength(1);
        outcomes.add('rolled back');
      }
    }
    // The kills did land inside the write window, on both sides of the commit point.
    expect([...outcomes].sort()).toEqual(['completed', 'rolled back']);
  });
});

