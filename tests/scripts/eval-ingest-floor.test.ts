/**
 * A floor under the ingest's figures on the development part of the real corpus: the share of
 * expected values read correctly must not drop, and no more documents may be refused or crash
 * than when the floor was set. The held-out part is never asserted here (only
 * `npm run eval:ingest` reports it), so nobody tunes the ingest on it.
 *
 * Raise the floors when the ingest improves: set FLOOR_SHARE_CORRECT to today's share rounded
 * down to two decimals, and the refused, crashed and invented ceilings to today's counts.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/lib/eval/corpus-files.ts';
import { readTaggingIndexes } from '../../src/lib/ingest/tagging-indexes.ts';
import { ingestDocument } from '../../src/lib/eval/ingest-document.ts';
import { scoreDocument } from '../../src/lib/eval/score-document.ts';
import { summarisePart, type PartSummary } from '../../src/lib/eval/summarise-part.ts';

/**
 * Raised to 0.94 after five rounds: journal lines, supervisors, departments, authors and
 * institutions in more printed forms (ISSN and address labels, issue-line clutter, slashes, numbered
 * supervisor lists, law faculties' sections, contact text after a unit), news credits (staff roles
 * with a desk, republication notices, stacked and joined roles, datelines closed by a tight hyphen),
 * and the seventeenth set's layouts (captions closed by a site's domain, reviews as articles, glued
 * keyword labels, conference datelines, DOIs under the abstract): 1989 of 2100 values (94.7 %),
 * none invented.
 * Set at 0.92 when a seventeenth set of 30 documents, gathered blind and scored once (125 of 197
 * values, 1 invented), joined the part: 1952 of 2100 values (93.0 %), the 1 invented in it.
 * Raised to 0.96 after two more rounds: keyword labels glued to the first keyword, a workplace
 * role ("Peneliti pada X") and a "Graduate School" naming the institution, the name an approval
 * statement says submitted the thesis; and against weak evidence, university towns, headings and a
 * heading's topic words are no authors, photo credits and keyword meta lines no headlines (1827 of
 * 1903 values, 96.0 %, none invented).
 * Raised to 0.95 after three rounds on the fifteenth set's layouts and on weak evidence found by
 * removing each value's lines from the part's documents: titles not derived from a double aim,
 * cut at a viewer's or a chapter's words, never a name with degrees, a date or an author; authors
 * parted from the title's opening words and from units run on after "by"; faculties and
 * departments cut before the next unit; datelines after a known place closed by a period, bar,
 * bullet or dashes; "Rep:"/"Red:" credits; a lettered section heading as a study's mark; headlines
 * of at least three words (1822 of 1903 values, 95.7 %, none invented).
 * Set at 0.94 when a fifteenth set of 30 documents, gathered blind and scored once (115 of 155
 * values, 5 invented), joined the part: 1791 of 1903 values (94.1 %), the 5 invented all in it.
 * Raised to 0.95 after a round on the fourteenth set's layouts: the kind told by a method named in
 * prose, a running header's lone page number, chapter headings as no names, names listed under a
 * journal page's article label, APA journal names with commas, "Jil." volumes, titles of copies
 * opening at a chapter, datelines of a site's domain and a place, print running heads naming the
 * site (1676 of 1748 values, 95.9 %, none invented).
 * Set at 0.94 when a fourteenth set of 30 documents, gathered blind and scored once (128 of 173
 * values, 4 invented), joined the part: 1648 of 1749 values (94.2 %), the 4 invented all in it.
 * Raised to 0.96 after two more rounds: authors, units, student numbers and supervisors in more
 * printed forms (a town after a one-word university, units run on after a name, submission
 * statements, library imprints, repository record lines, signature blocks run into one line), and
 * titles, years, keywords, abstracts, outlets, bylines, dates and places (dates under publication
 * labels, lists cut at the next heading, translations after a keyword line, news media naming
 * themselves, credit blocks): 1520 of 1576 values (96.4 %), none invented.
 * Raised to 0.90 after two rounds on the fronts of theses and articles and on the twelfth set's
 * misses: supervisors under "Supervised by" / "Dibimbing oleh" / "Di bawah bimbingan" labels, by
 * committee position or from marks explained as supervising; authors closed on the next line by
 * "and", numbers set apart by a dash or slash; units run together or in English, a field's name
 * before the faculty, a unit's accreditation left out; journal lines with the year before the
 * issue; portrait captions and catalogue counts kept out of bylines and titles; datelines signed by
 * a site in mixed capitals (1428 of 1576 values, 90.6 %, none invented).
 * Set at 0.88 when a twelfth set of 30 documents, gathered blind and scored once (159 of 223
 * values, 4 invented), joined the part: 1398 of 1576 values (88.7 %), the 4 invented all in it.
 * Kept at 0.91 after the rules telling an article from a thesis (a structured abstract's joined
 * labels, a bulleted author with their unit, a numbered section opening the body) and the stricter
 * evidence against invented values (link menus, related-story blocks, reference lists, names under
 * another role's label): still 1239 of 1353 values (91.6 %), none invented, rounded down to two
 * decimals. Set at 0.91 after the general rules for news items and journal lines (issue 10): datelines closed by a
 * colon or signed by a site around the place, standfirsts, captions, credit blocks, agencies
 * signing the last paragraph, bylines read name by name, journals over their publisher or ISSN
 * (1239 of 1353 values in the part's 207 documents, 27 of them legal texts). It was 0.90 (1221 of 1353) after the rules for article headers whose title runs
 * into the author and affiliation lines, headers run into one line, bylines without a colon or
 * printed twice, and titles and authors in more printed forms, 0.89 (1208 of 1353)
 * after the rules for cite-this-article blocks, bylines with a role or desk, numbered
 * supervisors, towns after a university's name and "A thesis by", 0.89 (1205 of 1353) after the
 * rules for journals, supervisors, authors and institutions, 0.87 (1192 of 1353) after the rules
 * made on the eighth blind set's layouts, 0.85 (1161 of 1353) when that set joined, and 0.88 (986
 * of 1110) before.
 */
const FLOOR_SHARE_CORRECT = 0.94;
/** Documents refused and crashed on at that time (327 documents in the part): readable text is never refused. */
const MOST_REFUSED = 0;
const MOST_CRASHED = 0;
/** Values filled in that the documents do not give, at that time: none (the seventeenth set brought 1, the fifteenth 5, the fourteenth 4, the twelfth 4, the eighth 13, each removed by later rules). */
const MOST_INVENTED = 0;

let dev: PartSummary;

beforeAll(async () => {
  const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
  const indexes = readTaggingIndexes(root('content'));
  const documents = readCorpus(root('tests/fixtures/real')).filter((document) => document.split === 'dev');
  const results = await Promise.all(
    documents.map(async (document) => scoreDocument(document, await ingestDocument(document.fileName, document.bytes, indexes))),
  );
  dev = summarisePart(results, 'dev');
  // Ingesting a few hundred documents takes seconds alone and longer beside the other test files.
}, 120_000);

describe('the ingest on the development part of the real corpus', () => {
  it(`reads at least ${FLOOR_SHARE_CORRECT * 100} % of the expected values correctly`, () => {
    const { correct, expected } = dev.totals;
    expect(dev.shareCorrect, `${correct} of ${expected} read correctly (npm run eval:ingest -- --verbose)`).toBeGreaterThanOrEqual(
      FLOOR_SHARE_CORRECT,
    );
  });

  it(`refuses at most ${MOST_REFUSED} documents and crashes on at most ${MOST_CRASHED}`, () => {
    const names = (list: PartSummary['refused']) => list.map((d) => `${d.kind}/${d.slug}: ${d.message}`).join('\n');
    expect(dev.refused.length, names(dev.refused)).toBeLessThanOrEqual(MOST_REFUSED);
    expect(dev.crashed.length, names(dev.crashed)).toBeLessThanOrEqual(MOST_CRASHED);
  });

  it(`fills in at most ${MOST_INVENTED} values the documents do not give`, () => {
    expect(dev.totals.invented, 'npm run eval:ingest -- --verbose lists them').toBeLessThanOrEqual(MOST_INVENTED);
  });
});
