/**
 * The author keywords of a set of entries that map to no concept and name no entity: the list
 * `npm run thesaurus:unmapped` prints, so the thesaurus (or the entities) can grow where the
 * corpus needs it.
 */
import { findUnmappedKeywords, type KeywordMatchers } from '../ingest/keyword-mapping.ts';
import type { Lang } from '../langs.ts';

/** An entry's keywords as its frontmatter gives them. */
export interface EntryKeywords {
  /** Where the entry is, e.g. `studies/x.md`. */
  path: string;
  keywords: Partial<Record<Lang, readonly string[]>>;
}

/** One keyword that maps to nothing, and where it is written. */
export interface UnmappedKeyword {
  path: string;
  lang: Lang;
  keyword: string;
}

/** Every unmapped keyword of every entry, in entry order and, per entry, Indonesian first. */
export function listUnmappedKeywords(entries: readonly EntryKeywords[], matchers: KeywordMatchers): UnmappedKeyword[] {
  return entries.flatMap(({ path, keywords }) =>
    (['id', 'en'] as const).flatMap((lang) =>
      findUnmappedKeywords(keywords[lang] ?? [], matchers).map((keyword) => ({ path, lang, keyword })),
    ),
  );
}

/** The report: one line per unmapped keyword, then a count of all the keywords looked at. */
export function formatUnmappedReport(unmapped: readonly UnmappedKeyword[], entries: readonly EntryKeywords[]): string {
  const total = entries.reduce((sum, { keywords }) => sum + (keywords.id?.length ?? 0) + (keywords.en?.length ?? 0), 0);
  const lines = unmapped.map(({ path, lang, keyword }) => `${path}\t${lang}\t${keyword}`);
  const summary = `${unmapped.length} of ${total} keywords in ${entries.length} entries map to no concept or entity.`;
  return [...lines, summary].join('\n');
}
