/**
 * What the in-text linker links to: a page with the names a text may call it by. Concepts and
 * legal instruments are targets today; organisations, people and countries become targets by
 * listing them, with no change to the linker.
 *
 * A target is plain data (no functions) because the entry-body plugin receives the list as its
 * options in `astro.config.mjs`, and Astro re-renders cached entry bodies only when those options
 * (part of its config digest) change.
 */
import type { Locale } from '../i18n/locales.ts';

/** The kinds of page a mention can link to. */
export type LinkTargetKind = 'concept' | 'legal' | 'organisation' | 'person' | 'country';

/** One linkable page and the words that name it. */
export interface LinkTarget {
  kind: LinkTargetKind;
  /** The entry id, unique within its kind. */
  id: string;
  /** Every name of the target per language: preferred label or title first, then aliases. */
  labels: { id: readonly string[]; en: readonly string[] };
  /**
   * For an Indonesian regulation: the key its citations reduce to (see `citationKey`), so that
   * "Perpres 53/2017" and "Peraturan Presiden Nomor 53 Tahun 2017" both find it.
   */
  citationKey?: string;
  /**
   * A target that is recognised (so a shorter name inside it does not link instead) but never
   * linked, for a name known to stand for more than one thing.
   */
  ambiguous?: boolean;
  /**
   * For a legal instrument with its text: the article and ayat anchors its page has
   * (`pasal-4`, `pasal-4-ayat-1`; see `article-anchors.ts`), so a citation of an article links
   * to it only when the page holds it.
   */
  anchors?: readonly string[];
  /** The target's page in each locale, e.g. `/concepts/x/` and `/en/concepts/x/`. */
  href: Readonly<Record<Locale, string>>;
}

/** The key a target is indexed under: ids are unique only within a kind. */
export function linkTargetKey(target: Pick<LinkTarget, 'kind' | 'id'>): string {
  return `${target.kind}:${target.id}`;
}
