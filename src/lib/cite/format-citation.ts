/**
 * Formats a CSL item in each style of the cite box with citeproc-js, at build time. The date a
 * reader accessed the page must not be frozen into the HTML, so a style's "accessed" clause is
 * cut out of the citation and kept as a template the reader's browser fills in.
 */
import CSL from 'citeproc';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rememberRecent } from '../recent-results.ts';
import type { CslItem } from './csl-item.ts';
import { singleItemStyle } from './single-item-style.ts';
import { CITATION_STYLES, loadLocale, loadStyleXml, styleLocale, type CitationStyle } from './csl-styles.ts';

/** A date no reader will access a page on: its year, month and day are found in the output. */
const SENTINEL = { year: 2999, month: 12, day: 31 } as const;

/** Where a style prints the accessed date, and how the browser writes it. */
export interface AccessedTemplate {
  /** The clause as HTML with `{year}`, `{month}` and `{day}` in place of the date's parts. */
  html: string;
  /** The twelve month names in the form the style prints (long or short), January first. */
  months: string[];
}

/** One style's citation: HTML before and after the accessed clause, and that clause if any. */
export interface FormattedCitation {
  style: CitationStyle;
  /** The locale the style was run with (`en-US`, `id-ID`, ...). */
  locale: string;
  before: string;
  accessed?: AccessedTemplate;
  after: string;
}

/** A citeproc engine of one style, and the one item it is asked for at a time. */
interface StyleEngine {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}

// Building an engine parses its style's XML, which costs far more than formatting one item;
// every page's cite box uses the same few styles, so each engine is built once per build.
const engines = new Map<string, StyleEngine>();
let rendered = 0;

function styleEngine(styleXml: string, locale: string): StyleEngine {
  let cached = engines.get(styleXml);
  if (!cached) {
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine({ retrieveLocale: (tag) => loadLocale(tag), retrieveItem: (id) => items.get(String(id))! }, singleItemStyle(styleXml), locale);
    engine.setOutputFormat('html');
    cached = { engine, items };
    engines.set(styleXml, cached);
  }
  return cached;
}

/**
 * Runs citeproc-js on one item in one style and returns the entry's inner HTML. Each run gives
 * the item an id of its own, so the engine never answers from an item it was given before.
 */
function renderEntry(item: CslItem, styleXml: string, locale: string): string {
  const { engine, items } = styleEngine(styleXml, locale);
  rendered += 1;
  const id = `${item.id}#${rendered}`;
  items.clear();
  items.set(id, { ...item, id });
  engine.updateItems([id]);
  const bibliography = engine.makeBibliography();
  if (!bibliography) throw new Error(`citeproc made no bibliography for "${item.id}"`);
  return entryInnerHtml(bibliography[1].join(''));
}

function hasClass(node: ElementContent, name: string): node is Element {
  const classes = node.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * The citation inside citeproc's `csl-entry` wrapper. A numbered style's "[1]" label is dropped:
 * a single citation copied into someone else's list gets that list's number.
 */
function entryInnerHtml(html: string): string {
  const tree: Root = fromHtml(html.trim(), { fragment: true });
  const entry = tree.children.find((node): node is Element => node.type === 'element' && hasClass(node, 'csl-entry'));
  if (!entry) throw new Error('citeproc output has no csl-entry');
  const inline = entry.children.find((node) => hasClass(node, 'csl-right-inline'));
  const content = inline && inline.type === 'element' ? inline.children : entry.children.filter((node) => !hasClass(node, 'csl-left-margin'));
  return toHtml(content).trim();
}

/** The month names of a CSL locale in one form, read from its `month-01` … `month-12` terms. */
function monthNames(locale: unknown, form: 'long' | 'short'): string[] {
  const names = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { name, attrs, children } = node as { name?: string; attrs?: Record<string, string>; children?: unknown[] };
    const term = attrs?.name;
    if (name === 'term' && term?.startsWith('month-') && (attrs?.form ?? 'long') === form && typeof children?.[0] === 'string') {
      names.set(term, children[0]);
    }
    children?.forEach(walk);
  };
  walk(locale);
  return Array.from({ length: 12 }, (_, index) => names.get(`month-${String(index + 1).padStart(2, '0')}`) ?? '');
}

/** The part of `withDate` that `without` lacks, with the shared start and end around it. */
function splitAround(withDate: string, without: string): { before: string; clause: string; after: string } {
  let start = 0;
  while (start < without.length && withDate[start] === without[start]) start += 1;
  let end = 0;
  while (end < without.length - start && withDate[withDate.length - 1 - end] === without[without.length - 1 - end]) end += 1;
  return { before: withDate.slice(0, start), clause: withDate.slice(start, withDate.length - end), after: withDate.slice(withDate.length - end) };
}

/** Replaces the sentinel date in a clause by placeholders; undefined if the style printed it some other way. */
function accessedTemplate(clause: string, locale: string): AccessedTemplate | undefined {
  const localeData = loadLocale(locale) ?? loadLocale('en-US');
  for (const form of ['long', 'short'] as const) {
    const months = monthNames(localeData, form);
    const december = months[SENTINEL.month - 1];
    if (!december || !clause.includes(december) || !clause.includes(String(SENTINEL.year))) continue;
    const html = clause
      .replace(String(SENTINEL.year), '{year}')
      .replace(december, '{month}')
      .replace(String(SENTINEL.day), '{day}');
    if (html.includes('{day}')) return { html, months };
  }
  return undefined;
}

/** `item` formatted in `style`; an accessed clause, if the style prints one, as a template. */
export function formatCitation(item: CslItem, style: CitationStyle): FormattedCitation {
  const styleXml = loadStyleXml(style.cslId);
  const locale = styleLocale(styleXml);
  const accessedItem = { ...item, accessed: { 'date-parts': [[SENTINEL.year, SENTINEL.month, SENTINEL.day]] } };
  const withDate = renderEntry(accessedItem as CslItem, styleXml, locale);
  // A style that prints no accessed date gives the same citation without it: one run is enough.
  if (!withDate.includes(String(SENTINEL.year))) return { style, locale, before: withDate, after: '' };
  const plain = renderEntry(item, styleXml, locale);
  if (withDate === plain) return { style, locale, before: plain, after: '' };
  const { before, clause, after } = splitAround(withDate, plain);
  const accessed = accessedTemplate(clause, locale);
  // A style that prints the date in a way the template cannot rebuild leaves it out.
  return accessed ? { style, locale, before, accessed, after } : { style, locale, before: plain, after: '' };
}

// An entry's pages in both locales are made one after the other and cite the same item, so the
// last few items' citations are kept (`rememberRecent`).
const RECENT_ITEMS = 8;

/** `item` in every style of the cite box, in their order. */
export const formatCitations: (item: CslItem) => FormattedCitation[] = rememberRecent(
  (item: CslItem) => CITATION_STYLES.map((style) => formatCitation(item, style)),
  (item) => JSON.stringify(item),
  RECENT_ITEMS,
);
