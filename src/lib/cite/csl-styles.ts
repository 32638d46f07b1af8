/**
 * The citation styles of the cite box and where their CSL files come from: the official CSL styles
 * and locales as the npm packages `@manuscripts/csl-styles` and `@manuscripts/csl-locales` ship
 * them, read from `node_modules` at build time (no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A style of the cite box: its key on the page, its label and its id in the CSL repository. */
export interface CitationStyle {
  key: string;
  label: string;
  cslId: string;
}

/**
 * The styles offered, in the order shown. The Indonesian one is the CSL style of the Graduate
 * School of Universitas Negeri Yogyakarta: APA author-date with Indonesian terms ("Diambil dari",
 * "(Skripsi)"), the pattern most Indonesian skripsi bibliographies follow.
 */
export const CITATION_STYLES: readonly CitationStyle[] = [
  { key: 'apa', label: 'APA 7', cslId: 'apa' },
  { key: 'mla', label: 'MLA 9', cslId: 'modern-language-association' },
  { key: 'chicago', label: 'Chicago (author-date)', cslId: 'chicago-author-date' },
  { key: 'ieee', label: 'IEEE', cslId: 'ieee' },
  { key: 'harvard', label: 'Harvard (Cite Them Right)', cslId: 'harvard-cite-them-right' },
  { key: 'uny', label: 'UNY (APA, Bahasa Indonesia)', cslId: 'universitas-negeri-yogyakarta-program-pascasarjana' },
];

const require = createRequire(import.meta.url);
const STYLE_URI_PREFIX = 'http://www.zotero.org/styles/';

/** The styles package keeps one JSON file per first letter of the style id, each mapping URI -> XML. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'dist', file);
}

// Only the styles asked for are kept: a package file holds every style of its letter (megabytes).
const styleXmls = new Map<string, string>();

/** The CSL XML of the style `cslId`; throws naming it when the package lacks it. */
export function loadStyleXml(cslId: string): string {
  const kept = styleXmls.get(cslId);
  if (kept !== undefined) return kept;
  const styles = JSON.parse(readFileSync(packageFile('@manuscripts/csl-styles', `${cslId.charAt(0)}.json`), 'utf8')) as Record<string, unknown>;
  const xml = styles[`${STYLE_URI_PREFIX}${cslId}`];
  if (typeof xml !== 'string') throw new Error(`CSL style "${cslId}" is not in @manuscripts/csl-styles`);
  styleXmls.set(cslId, xml);
  return xml;
}

let locales: Record<string, unknown> | undefined;

/** The CSL locale `tag` (`id-ID`, `en-US`, ...) in the form citeproc-js reads, or undefined. */
export function loadLocale(tag: string): unknown {
  locales ??= JSON.parse(readFileSync(packageFile('@manuscripts/csl-locales', 'locales.json'), 'utf8')) as Record<string, unknown>;
  return locales[tag];
}

/** The locale a style asks for (`default-locale`), else American English as CSL's own default. */
export function styleLocale(xml: string): string {
  return /<style[^>]*\sdefault-locale="([^"]+)"/.exec(xml)?.[1] ?? 'en-US';
}
