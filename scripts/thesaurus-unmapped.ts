/**
 * Lists every author keyword of the bundled entries that maps to no concept of the thesaurus and
 * names no entity, one per line (entry, language, keyword), then a count.
 *
 *   npm run thesaurus:unmapped                    # the entries in content/
 *   npm run thesaurus:unmapped -- --content DIR   # another content folder
 *
 * Exits with status 1 when the content cannot be read.
 */
import { fileURLToPath } from 'node:url';
import { fail, readArguments } from './cli.ts';
import { readStoredEntries } from '../src/lib/ingest/content-store.ts';
import { readTaggingIndexes } from '../src/lib/ingest/tagging-indexes.ts';
import { formatUnmappedReport, listUnmappedKeywords, type EntryKeywords } from '../src/lib/thesaurus/unmapped-keywords.ts';

const USAGE = 'usage: npm run thesaurus:unmapped [-- --content DIR]';
const { values } = readArguments({ options: { content: { type: 'string' } } }, USAGE);
const contentDir = values.content ?? fileURLToPath(new URL('../content', import.meta.url));

try {
  const matchers = readTaggingIndexes(contentDir);
  const entries: EntryKeywords[] = readStoredEntries(contentDir).map(({ path, frontmatter }) => ({
    path,
    keywords: (frontmatter.keywords ?? {}) as EntryKeywords['keywords'],
  }));
  console.log(formatUnmappedReport(listUnmappedKeywords(entries, matchers), entries));
} catch (error) {
  fail((error as Error).message);
}
