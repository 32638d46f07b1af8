/**
 * `npm run check:entries -- [--content DIR] [--quiet]`: re-ingests the raw file of every entry
 * in `content/studies` and `content/news` (without writing) and prints each entry that is not
 * exactly what the ingest makes of it, with the difference. Exits non-zero when any differs.
 *
 * The test suite checks only a fixed sample of entries (`tests/content/ingested-entries.test.ts`)
 * so that its cost does not grow with the corpus; this is the whole check, for maintainers after
 * a parser change (fix by re-running `npm run ingest -- content/sources/` and reviewing the diff).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, readArguments } from './cli.ts';
import { readIngestContext, recheckEntry } from '../src/lib/ingest/recheck-entry.ts';

const USAGE = 'usage: npm run check:entries -- [--content DIR] [--quiet]\n  --quiet: name the entries that differ, without their differences';

const args = readArguments({ options: { content: { type: 'string' }, quiet: { type: 'boolean' } }, allowPositionals: false }, USAGE);
const contentDir = resolve(args.values.content ?? fileURLToPath(new URL('../content', import.meta.url)));

async function main(): Promise<void> {
  let context;
  try {
    context = readIngestContext(contentDir);
  } catch (error) {
    return fail((error as Error).message);
  }
  let differing = 0;
  for (const entry of context.stored) {
    let result;
    try {
      result = await recheckEntry(entry, context);
    } catch (error) {
      differing++;
      console.log(`${entry.path}: the ingest could not re-read its source (${(error as Error).message})`);
      continue;
    }
    if (result.upToDate) continue;
    differing++;
    const moved = result.regeneratedPath === result.path ? '' : `, and would be written as ${result.regeneratedPath}`;
    console.log(`${result.path}: differs from what the ingest makes of its source (${result.action}${moved})`);
    if (!args.values.quiet && result.diff) console.log(result.diff);
  }
  const total = context.stored.length;
  const advice = '; re-run npm run ingest -- content/sources/ and review the changes (an entry edited by hand: record the edit under curated:)';
  console.log(`\n${total} entries checked, ${differing} differ${differing > 0 ? advice : ''}`);
  if (differing > 0) process.exit(1);
}

main().catch((error: unknown) => fail(`check:entries stopped on an internal error (${(error as Error).message}).`));
