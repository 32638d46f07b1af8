/**
 * Separates a pasted news page into headline, header, article paragraphs and the rest.
 * Sites wrap articles in the same kinds of widgets (related stories, tiles, comment prompts,
 * share and follow calls, credits), so the rules are general patterns plus one structural rule:
 * the article runs from its first to its last prose paragraph, and lines outside it are not body.
 */
import { readCopyrightLine, readCreditLine } from './credits.ts';
import { isProseLine } from './prose.ts';
import { findUrls, readDomainLine } from './web-address.ts';

/** A news page cut into its parts; `removed` keeps the dropped lines for metadata readers. */
export interface ArticleParts {
  headline: string;
  /** Lines around the headline, before the first paragraph: site name, time, byline, labels. */
  header: string[];
  paragraphs: string[];
  /** Every other line (widgets, credits, copyright, trailing tiles), in order. */
  removed: string[];
}

/** Lines that introduce links to other stories: the headlines that follow them go too. */
const RELATED_LEADS: readonly RegExp[] = [
  /^(?:baca juga|baca pula|baca|lanjut(?:kan)? baca|lanjut membaca|berita terkait|artikel terkait|berita lainnya|berita pilihan|pilihan editor|rekomendasi|terpopuler|lihat juga|simak juga|read also|also read|read more|related(?: stories| articles| news| coverage| content)?|see also|more stories|recommended)\s*[:：]/iu,
  /^(?:baca juga|lanjut baca|berita terkait|artikel terkait|read also|also read|related(?: stories| articles)?|see also|more stories|thumb)$/iu,
  // Upper-case widget labels run straight into the headline, without a colon.
  /^(?:BACA JUGA|BACA|MEMBACA|LIHAT JUGA|SIMAK JUGA|BERITA TERKAIT)\b/u,
];

/** Single lines of page furniture: prompts, buttons, ads, share and follow calls, tile stamps. */
const CLUTTER_LINES: readonly RegExp[] = [
  /^(?:artikel asli|berikan komentar anda|tinggalkan komentar|tulis komentar|lihat komentar|komentar|berhasil disimpan|cover berita|thumb|advertisement|iklan|scroll to continue with content|bagikan|share(?: this article)?|sponsored|konten bersponsor)\.?$/iu,
  /^(?:simak|saksikan|tonton)\b/iu,
  /^watch(?:\s*:|\s+(?:the\s+)?video\b)/iu,
  /^dapatkan\b.*\b(?:update|berita|informasi|notifikasi)\b/iu,
  /^(?:ikuti|follow)\b.*\b(?:kami|us|google news|whatsapp|channel|saluran|instagram|twitter|facebook|tiktok|youtube)\b/iu,
  // Tile stamps such as "• 17 jam lalubeautynesia.id".
  /^[•·▪►▶]/u,
  /^\d+\s*(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu/iu,
];
/** Widget lines are short; a long line that starts like one is an article sentence. */
const MAX_CLUTTER_LINE_LENGTH = 200;

function isRelatedLead(line: string): boolean {
  return RELATED_LEADS.some((pattern) => pattern.test(line));
}

/** True when `line` is page furniture or metadata wherever it stands (never article text). */
export function isClutterLine(line: string): boolean {
  if (line.length > MAX_CLUTTER_LINE_LENGTH) return false;
  return (
    CLUTTER_LINES.some((pattern) => pattern.test(line)) ||
    readDomainLine(line) !== undefined ||
    findUrls(line).join(' ') === line ||
    readCreditLine(line) !== undefined ||
    readCopyrightLine(line) !== undefined
  );
}

type LineRole = 'prose' | 'drop' | 'other';

function classifyLines(lines: readonly string[]): LineRole[] {
  let inRelatedBlock = false;
  return lines.map((line) => {
    if (isRelatedLead(line)) {
      inRelatedBlock = true;
      return 'drop';
    }
    if (isClutterLine(line)) return 'drop';
    if (isProseLine(line)) {
      inRelatedBlock = false;
      return 'prose';
    }
    // Headlines listed under a "Baca juga" lead, up to the next real paragraph.
    return inRelatedBlock ? 'drop' : 'other';
  });
}

/**
 * Returns the parts of a news page given as normalised non-empty lines, or undefined when it has
 * no headline or no prose paragraph. Short non-prose lines between two paragraphs are kept
 * (they may be subheadings); after the last paragraph they are the page's trailing widgets.
 */
export function stripClutter(lines: readonly string[]): ArticleParts | undefined {
  const headlineIndex = lines.findIndex((line) => !isRelatedLead(line) && !isClutterLine(line));
  const headline = lines[headlineIndex];
  if (headline === undefined) return undefined;
  const rest = lines.slice(headlineIndex + 1);
  const roles = classifyLines(rest);
  const first = roles.indexOf('prose');
  const last = roles.lastIndexOf('prose');
  if (first < 0) return undefined;
  // Lines above the headline (site name, breadcrumbs) are header matter too.
  const header = [...lines.slice(0, headlineIndex), ...rest.slice(0, first)];
  const parts: ArticleParts = { headline, header, paragraphs: [], removed: [] };
  rest.forEach((line, index) => {
    if (index < first) return;
    const inArticle = index <= last && roles[index] !== 'drop';
    (inArticle ? parts.paragraphs : parts.removed).push(line);
  });
  return parts;
}
