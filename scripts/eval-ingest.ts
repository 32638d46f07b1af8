/**
 * `npm run eval:ingest -- [--verbose] [--doc SLUG] [--json]`: runs the ingest over the real corpus
 * (`tests/fixtures/real/`) without writing anything, and prints per field how many expected values
 * were read correctly, missed, wrong or invented, for the development and the held-out part.
 *
 * --verbose  also shows every development document's mismatches (expected against read)
 * --doc SLUG shows one development document field by field
 * --json     prints the figures of both parts as JSON instead of the tables
 *
 * Held-out documents are counted but never shown one by one, so nobody tunes on them. The held-out
 * folder may be empty or missing (a fresh set is gathered apart from the parsers); that part then
 * reports no documents.
 */
import { fail, readArguments } from './cli.ts';
import { fileURLToPath } from 'node:url';
import { readCorpus, type CorpusFile } from '../src/lib/eval/corpus-files.ts';
import { readTaggingIndexes } from '../src/lib/ingest/tagging-indexes.ts';
import { EXPECTED_FIELDS, reportRow } from '../src/lib/eval/expected-fields.ts';
import { findShownDocument } from '../src/lib/eval/find-shown-document.ts';
import {
  formatDocumentDetails,
  formatPartReport,
  formatUnscoredFields,
  hasMismatches,
} from '../src/lib/eval/format-report.ts';
import { ingestDocument } from '../src/lib/eval/ingest-document.ts';
import { scoreDocument, CORPUS_SPLITS } from '../src/lib/eval/score-document.ts';
import { summarisePart } from '../src/lib/eval/summarise-part.ts';

const USAGE = 'usage: npm run eval:ingest -- [--verbose] [--doc SLUG] [--json]';

const args = readArguments(
  { options: { verbose: { type: 'boolean' }, doc: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false },
  USAGE,
).values;
const corpus = readCorpus(fileURLToPath(new URL('../tests/fixtures/real', import.meta.url)));
const indexes = readTaggingIndexes(fileURLToPath(new URL('../content', import.meta.url)));
const evaluate = async (file: CorpusFile) => scoreDocument(file, await ingestDocument(file.fileName, file.bytes, indexes));

if (args.doc !== undefined) {
  const shown = findShownDocument(corpus, args.doc);
  if ('reason' in shown) fail(`${shown.reason}\n${USAGE}`);
  console.log(formatDocumentDetails(await evaluate(shown.document), { onlyMismatches: false }));
  process.exit(0);
}

const results = await Promise.all(corpus.map(evaluate));
const summaries = CORPUS_SPLITS.map((split) => summarisePart(results, split));
if (args.json) {
  const unscored = EXPECTED_FIELDS.filter((f) => f.notScored).map((field) => ({ key: reportRow(field), reason: field.notScored }));
  console.log(JSON.stringify({ unscored, parts: summaries }, null, 2));
  process.exit(0);
}

if (args.verbose) {
  const shown = results.filter((r) => r.document.split === 'dev' && hasMismatches(r));
  console.log(shown.map((r) => formatDocumentDetails(r, { onlyMismatches: true })).join('\n\n'), '\n');
}
console.log(summaries.map(formatPartReport).join('\n\n'));
console.log(`\n${formatUnscoredFields()}`);
