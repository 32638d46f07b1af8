/**
 * A malformed entry must stop the build with a message naming the file and the field.
 * Runs `astro sync` (the step of the build that loads and validates content) or the whole
 * build on a copy of the project, so the real content model and content are what is checked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let copy: string;
const SEED_002 = '002_c75eac786764423a.txt';

function astro(command: 'sync' | 'build'): { status: number | null; output: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), [command], { cwd: copy, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const sync = () => astro('sync');

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'lintas-schema-'));
  for (const item of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('content validation', () => {
  it('accepts the bundled content', () => {
    const { status, output } = sync();
    expect(output).not.toMatch(/InvalidContentEntryDataError/);
    expect(status).toBe(0);
  }, 120_000);

  it('fails on an entry whose field has the wrong type, naming the file and the field', () => {
    const study = join(copy, 'content/studies/broken-year.md');
    writeFileSync(
      study,
      [
        '---',
        'title: { id: "Judul" }',
        'year: "dua ribu dua puluh"',
        'languages: [id]',
        'abstract: { id: "Abstrak." }',
        `source: { file: sources/a.txt, sha256: "${'a'.repeat(64)}", parser: thesis-abstract, digest: "${'a'.repeat(64)}" }`,
        '---',
        '',
      ].join('\n'),
    );
    const { status, output } = sync();
    rmSync(study);
    expect(status).not.toBe(0);
    expect(output).toContain('content/studies/broken-year.md');
    expect(output).toMatch(/\byear\b.*number/);
  }, 120_000);

  it('fails on a news item missing a required field', () => {
    // The headline may be absent (a source that gives none); the language may not.
    const news = join(copy, 'content/news/no-language.md');
    const valid = readFileSync(fixtureNewsEntry(), 'utf8');
    writeFileSync(news, valid.replace(/^language: .*$/m, ''));
    const { status, output } = sync();
    rmSync(news);
    expect(status).not.toBe(0);
    expect(output).toContain('content/news/no-language.md');
    expect(output).toMatch(/language/);
  }, 120_000);

  it('accepts a news item whose source gives no headline', () => {
    const news = join(copy, 'content/news/untitled.md');
    const valid = readFileSync(fixtureNewsEntry(), 'utf8');
    expect(valid).toMatch(/^headline: /m);
    writeFileSync(news, valid.replace(/^headline: .*$/m, ''));
    const { status, output } = sync();
    rmSync(news);
    expect(output).not.toContain('content/news/untitled.md');
    expect(status).toBe(0);
  }, 120_000);

  it('fails the build on a tag naming a concept that does not exist', () => {
    const news = join(copy, 'content/news/dangling-tag.md');
    const valid = readFileSync(fixtureNewsEntry(), 'utf8');
    writeFileSync(news, valid.replace(/^concepts:\n/m, 'concepts:\n  - no-such-concept\n'));
    const { status, output } = astro('build');
    rmSync(news);
    expect(status).not.toBe(0);
    expect(output).toContain('content/news/dangling-tag.md: concepts[0] names "no-such-concept", which is not in concepts');
  }, 180_000);

  it('fails the build on an organisation tag naming no entity, naming the file and field', () => {
    const news = join(copy, 'content/news/dangling-entity.md');
    const valid = readFileSync(fixtureNewsEntry(), 'utf8');
    writeFileSync(news, valid.replace(/^organisations:\n/m, 'organisations:\n  - no-such-body\n'));
    const { status, output } = astro('build');
    rmSync(news);
    expect(status).not.toBe(0);
    expect(output).toContain('content/news/dangling-entity.md: organisations[0] names "no-such-body", which is not in entities');
  }, 180_000);

  it('fails the build on a concept cycle and on an alias two entities share without marking it ambiguous', () => {
    const concept = join(copy, 'content/concepts/zz-loop.yaml');
    const entity = join(copy, 'content/entities/zz-clash.yaml');
    writeFileSync(concept, 'prefLabel: {id: zz satu, en: zz one}\naltLabels: {}\ndefinition: {id: a, en: b}\nbroader: [zz-loop-2]\n');
    writeFileSync(join(copy, 'content/concepts/zz-loop-2.yaml'), 'prefLabel: {id: zz dua, en: zz two}\naltLabels: {}\ndefinition: {id: a, en: b}\nbroader: [zz-loop]\n');
    writeFileSync(entity, 'kind: organisation\nlabel: {id: Zz Badan, en: Zz Agency}\naliases: {id: [], en: [NCB]}\n');
    const { status, output } = astro('build');
    for (const file of [concept, entity, join(copy, 'content/concepts/zz-loop-2.yaml')]) rmSync(file);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/concepts\/zz-loop(-2)?\.yaml: broader\[0\] closes a cycle/);
    expect(output).toMatch(/content\/entities\/zz-clash\.yaml: aliases\.en\[0\] "NCB" is also a name of entities\/ncb-interpol-/);
  }, 180_000);
});

/**
 * A valid news entry to break, from the fixtures (tagged with concepts) rather than from
 * `content/`, whose entries may come and go. Its raw source goes into the copy with it.
 */
function fixtureNewsEntry(): string {
  cpSync(join(root, 'tests/fixtures/seeds', SEED_002), join(copy, 'content/sources', SEED_002));
  return join(root, 'tests/fixtures/entries/news-from-seed-002.md');
}
