/**
 * Chooses the parser for a raw document by weighing the evidence for each kind (thesis, journal
 * article, news item, legal text), and says why. Any readable text of some length is a document of one of
 * them: the strongest evidence wins, and when it is weak the detection says so, for the entry to
 * flag its kind for review. Only text that is not a document (a few words) is refused.
 *
 * A thesis is outlined with the thesis parser's own reader, so an abstract-only or full-text
 * thesis is announced exactly as the parser returns it.
 */
import { looksLikeLegal } from './legal-text/legal-signals.ts';
import { readDateline } from './news/dateline.ts';
import { looksLikeNews } from './news/parse-news.ts';
import { looksLikeStudy, type Likeness } from './study-signals.ts';
import { readChapterHeading } from './thesis/chapters.ts';
import { readThesisOutline, type ThesisOutline, thesisKindOf } from './thesis/thesis-outline.ts';
import { type DocumentKind, IngestError, type KindDetection, type ReadableKind } from './types.ts';

/**
 * "A few words": a text with fewer words than this is a note, a title or a stray line, not a
 * document. A repository record (a title, "Main Author: ...", a year and an address) can be
 * under thirty words and is still a document, whose missing fields are flagged.
 */
export const MIN_DOCUMENT_WORDS = 15;

/** The least score, and lead over the runner-up, that make the winning kind beyond doubt. */
const STRONG_SCORE = 3;
const STRONG_LEAD = 2;

/** Points a dateline without an outlet gives a news item. */
const DATELINE_POINTS = 2;

/** Points an abstract heading the thesis parser can read gives both kinds of study. */
const OUTLINE_POINTS = 2;

/** Points a body opened by a numbered section ("1. Pendahuluan", "I. INTRODUCTION") gives an article. */
const NUMBERED_SECTION_POINTS = 1;

/**
 * A section number and its heading: an article numbers its sections bare, while a thesis opens
 * each chapter with "BAB I" or "CHAPTER 1" (read as chapter headings before this is asked).
 */
const NUMBERED_SECTION = /^(?:\d{1,2}|[IVX]{1,4})\.?\s+\p{Lu}/u;

/**
 * Above this many words, prose with no mark of any kind is taken for a study: news items are
 * short, and a long text with no news marks is far more often a thesis or an article extract.
 */
const LONG_TEXT_WORDS = 1500;

/** Words of the text: runs of two or more letters. */
function countWords(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}

/** Why a thesis outline gives the kind it gives: its abstract heading, and what opens the body. */
function outlineReasons(outline: ThesisOutline): string[] {
  const heading = `abstract heading "${outline.abstractHeading.heading.toUpperCase().replace(/\s/g, '')}"`;
  if (outline.bodyAt < 0) return [heading, 'no chapter headings'];
  const opening = outline.lines[outline.bodyAt]!;
  if (readChapterHeading(opening) === undefined) return [heading, `article section heading "${opening}"`];
  const chapters = outline.lines
    .slice(outline.bodyAt)
    .flatMap((line) => readChapterHeading(line)?.label.toUpperCase() ?? []);
  return [heading, `chapter headings: ${[...new Set(chapters)].join(', ')}`];
}

/** How many lines from the top a news item's first paragraph may start. */
const DATELINE_LINES = 15;

/**
 * Adds a dateline naming no outlet ("JAKARTA - ...", "KUALA LUMPUR, Oct 19 — ...") opening a
 * paragraph near the top: the news signals count only datelines with an outlet, but the bare
 * form is as much a mark of a news item.
 */
function withPlainDateline(news: Likeness, text: string): Likeness {
  if (news.reasons.some((reason) => reason.startsWith('dateline'))) return news;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const dateline = lines.slice(0, DATELINE_LINES).map(readDateline).find((found) => found !== undefined);
  if (!dateline) return news;
  return { score: news.score + DATELINE_POINTS, reasons: [...news.reasons, `dateline "${dateline.text}"`] };
}

/**
 * The article's own evidence in the outline: its body opens with a numbered section heading
 * rather than a chapter, which a thesis's body would open with.
 */
function numberedSection(outline: ThesisOutline | undefined): Likeness {
  const opening = outline && outline.bodyAt >= 0 ? outline.lines[outline.bodyAt]! : undefined;
  if (opening === undefined || readChapterHeading(opening) !== undefined || !NUMBERED_SECTION.test(opening)) return { score: 0, reasons: [] };
  return { score: NUMBERED_SECTION_POINTS, reasons: [`numbered section heading "${opening}"`] };
}

/** The parser for a kind: a thesis is read as an abstract page or a full text by its outline. */
function parserFor(kind: ReadableKind, outline: ThesisOutline | undefined): DocumentKind {
  if (kind !== 'thesis') return kind;
  return outline ? thesisKindOf(outline) : 'thesis-abstract';
}

/** The evidence for each kind, strongest first; ties go to thesis, then article, then news. */
function weigh(text: string, outline: ThesisOutline | undefined): Array<{ kind: ReadableKind } & Likeness> {
  const study = looksLikeStudy(text, { outlined: outline !== undefined });
  const news = withPlainDateline(looksLikeNews(text), text);
  const structure = outline ? { score: OUTLINE_POINTS, reasons: outlineReasons(outline) } : { score: 0, reasons: [] };
  const join = (a: Likeness, b: Likeness): Likeness => ({ score: a.score + b.score, reasons: [...a.reasons, ...b.reasons] });
  const longProse = countWords(text) > LONG_TEXT_WORDS;
  const ranked = [
    { kind: 'thesis' as const, ...join(structure, study.thesis) },
    { kind: 'article' as const, ...join(join(structure, numberedSection(outline)), study.article) },
    { kind: 'news' as const, ...news },
    { kind: 'legal' as const, ...looksLikeLegal(text) },
  ];
  // With nothing to tell them apart, the length decides between a study and a news item.
  const order: ReadableKind[] = longProse ? ['thesis', 'article', 'news', 'legal'] : ['news', 'thesis', 'article', 'legal'];
  const allZero = ranked.every((r) => r.score === 0);
  return ranked.sort((a, b) =>
    b.score !== a.score ? b.score - a.score : allZero ? order.indexOf(a.kind) - order.indexOf(b.kind) : 0,
  );
}

/**
 * Returns the kind of the raw document `text` (a thesis abstract, a full thesis, a journal
 * article or a news item), how sure the choice is and the reasons for it. `file` names the
 * source in errors. `forced` (from `--kind`) overrides the evidence. Throws {@link IngestError}
 * only for text that is not a document: fewer than {@link MIN_DOCUMENT_WORDS} words.
 */
export function detectKind(text: string, file: string, forced?: ReadableKind): KindDetection {
  const words = countWords(text);
  if (words < MIN_DOCUMENT_WORDS) {
    throw new IngestError(
      file,
      `not a document: only ${words} word${words === 1 ? '' : 's'} of text (a document has at least ${MIN_DOCUMENT_WORDS})`,
    );
  }
  const outline = readThesisOutline(text);
  if (forced) return { kind: parserFor(forced, outline), confidence: 'strong', reasons: [`--kind ${forced} given`] };
  const [best, runnerUp] = weigh(text, outline);
  const strong = best!.score >= STRONG_SCORE && best!.score - runnerUp!.score >= STRONG_LEAD;
  const reasons =
    best!.score > 0
      ? [...best!.reasons]
      : [`no marks of a thesis, article or news item; taken as ${best!.kind} by its length (${words} words)`];
  if (!strong && runnerUp!.score > 0) {
    // Evidence both kinds share (an abstract heading for thesis and article) is said once.
    const own = runnerUp!.reasons.filter((reason) => !best!.reasons.includes(reason));
    const also = own.length > 0 ? `: ${own.join('; ')}` : ', on the same evidence';
    reasons.push(`weak: ${runnerUp!.kind} scores ${runnerUp!.score} against ${best!.score}${also}`);
  }
  return { kind: parserFor(best!.kind, outline), confidence: strong ? 'strong' : 'weak', reasons };
}
