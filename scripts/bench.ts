/**
 * `npm run bench [-- SECTION...]`: prints performance figures. Each section measures one part
 * of the project on inputs it generates itself; with no section named, all of them run.
 * Figures are printed, never asserted: tests carry no timings.
 */
import { fileURLToPath } from 'node:url';
import { runGraphCase, runGraphSection } from './bench/graph-section.ts';
import { runIngestCase, runIngestSection } from './bench/ingest-section.ts';
import { runLinksCase, runLinksSection } from './bench/links-section.ts';
import { runRelatedCase, runRelatedSection } from './bench/related-section.ts';

/** The benchmark sections by name; each gets the path of this script to run its cases through. */
const SECTIONS: Readonly<Record<string, (script: string) => void>> = {
  ingest: runIngestSection,
  graph: runGraphSection,
  links: runLinksSection,
  related: runRelatedSection,
};

/** How this script runs one case inside a child process: `--case SECTION ...case arguments`. */
const CASES: Readonly<Record<string, (args: string[]) => Promise<void>>> = {
  ingest: ([kind, bytes]) => runIngestCase(kind as 'news' | 'thesis', Number(bytes)),
  graph: ([entries]) => runGraphCase(Number(entries)),
  links: ([count]) => runLinksCase(Number(count)),
  related: ([size]) => runRelatedCase(Number(size)),
};

const script = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--case') {
  const [, section = '', ...rest] = args;
  await CASES[section]!(rest);
} else {
  const unknown = args.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(`unknown section: ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(1);
  }
  for (const name of args.length > 0 ? args : Object.keys(SECTIONS)) SECTIONS[name]!(script);
}
