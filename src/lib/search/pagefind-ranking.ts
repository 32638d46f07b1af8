/**
 * How Pagefind ranks the pages of Lintas. Pagefind adds to a page's text score a boost for each
 * metadata field the query's words match, scaled by the field's weight and by how much of the
 * query the field covers. The title counts by default; an entry's other words for what it is
 * about count too: its title in the other language as much as the title, its author's keywords a
 * little less (a keyword may name a broader field than the work). They say what the whole work is
 * about, where a word of the body may be a passing mention.
 */

/** The metadata fields entry pages carry for ranking, beside Pagefind's own `title`. */
export const RANKING_META = {
  /** The entry's title in its other language ("Human Trafficking" beside "Perdagangan Manusia"). */
  titleTranslation: 'title_translation',
  /** The author's keywords, in every language the work gives them. */
  keywords: 'keywords',
} as const;

/** The `ranking` option of `pagefind.options()`. */
export const PAGEFIND_RANKING = {
  metaWeights: {
    // Pagefind's default for the title, written out so the three read side by side.
    title: 5,
    [RANKING_META.titleTranslation]: 5,
    [RANKING_META.keywords]: 3,
  },
} as const;
