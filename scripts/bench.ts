/**
 * `npm run bench [-- SECTION [SIZE...]...]`: prints performance figures. Each section measures one
 * part of the project on inputs it generates itself. With no section named, the quick ones run
 * (ingest, graph, links, related); the sections that build whole sites (build, compare, search)
 * run when named, each with the corpus sizes written after it, e.g. `npm run bench -- build 1000`.
 * Figures are printed, never asserted: tests carry no timings.
 */
import { fileURLToPath } from 'node:url';
import { runBuildSection } from './bench/build-section.ts';
import { runCompareSection } from './bench/compare-section.ts';
import { runGraphCase, runGraphSection } from './bench/graph-section.ts';
import { runIngestCase, runIngestSection } from './bench/ingest-section.ts';
import { runLinksCase, runLinksSection } from './bench/links-section.ts';
import { runRelatedCase, runRelatedSection } from './bench/related-section.ts';
import { runSearchSection } from './bench/search-section.ts';
import { parseSectionArguments } from './bench/section-arguments.ts';

/** A benchmark section: gets the path of this script (to run its cases through) and the sizes named. */
type Section = (script: string, sizes: readonly number[]) => void | Promise<void>;

/** The quick sections, which run when no section is named. */
const QUICK: Readonly<Record<string, Section>> = {
  ingest: runIngestSection,
  graph: runGraphSection,
  links: runLinksSection,
  related: runRelatedSection,
};

/** The sections that build generated sites: minutes each, so they run only when named. */
const SITE_BUILDS: Readonly<Record<string, Section>> = {
  build: runBuildSection,
  compare: runCompareSection,
  search: runSearchSection,
};

const SECTIONS: Readonly<Record<string, Section>> = { ...QUICK, ...SITE_BUILDS };

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
  const requested = parseSectionArguments(args, Object.keys(SECTIONS));
  if ('error' in requested) {
    console.error(`${requested.error}; sections: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(1);
  }
  const runs = requested.sections.length > 0 ? requested.sections : Object.keys(QUICK).map((name) => ({ name, sizes: [] }));
  for (const { name, sizes } of runs) await SECTIONS[name]!(script, sizes);
}
