/**
 * Recognises single lines of page furniture: related-story leads, buttons, ads, share and follow
 * calls, newsletter and channel prompts, photo captions, breadcrumbs, embed placeholders, staff
 * initials, credits and copyright. These are never article text, wherever they stand.
 */
import { PHOTO_SOURCE_WORDS, readCopyrightLine, readCreditLine } from './credits.ts';
import { findRelativeTimes } from './dates.ts';
import { isContactLead, isPressReleaseHeading, isReleaseNumberLine, readAboutIssuer } from './press-release.ts';
import { isAddressLine } from './web-address.ts';

/** Lines that introduce links to other stories: the short lines that follow them go too. */
const RELATED_STORY_LEADS: readonly RegExp[] = [
  /^(?:baca juga|baca pula|baca|lanjut(?:kan)? baca|lanjut membaca|berita terkait|artikel terkait|berita lainnya|berita pilihan|pilihan editor|rekomendasi|terpopuler|lihat juga|simak juga|read also|also read|read more|read next|related(?: stories| articles| news| coverage| content)?|see also|more stories|recommended)\s*[:：]/iu,
  /^(?:baca juga|lanjut baca|baca berikutnya|berita terkait|artikel terkait|topik terkait|berita terkini|berita terpopuler|berita populer|pilihan editor|pilihan redaksi|editor'?s picks?|read also|also read|read next|related(?: stories| articles| topics)?|see also|more stories|thumb)$/iu,
  // Upper-case widget labels run straight into the headline, without a colon.
  /^(?:BACA JUGA|BACA|MEMBACA|LIHAT JUGA|SIMAK JUGA|BERITA TERKAIT)\b/u,
];
/**
 * Lines that introduce a page's tag list: the short lines that follow them go too. Kept apart
 * from story leads because a thesis has a keyword line as well, so it is no mark of a news page.
 */
const TAG_LEADS: readonly RegExp[] = [/^(?:tags?|topik|topics?|kata kunci|keywords|category|categories|kategori)\s*[:：]/iu, /^(?:tags?|topik|topics)$/iu];

/** Lines of furniture recognised by their words alone. */
const CLUTTER_LINES: readonly RegExp[] = [
  /^(?:artikel asli|berikan komentar(?: anda)?|tinggalkan komentar|tulis komentar|lihat komentar|komentar|berhasil disimpan|cover berita|thumb|advertisement|iklan|scroll to continue with content|sponsored|konten bersponsor|lihat foto|skip to (?:main )?content|opens new tab|url telah (?:di)?(?:salin|tercopy|disalin)|daftarkan email|subscribe|berlangganan)\.?$/iu,
  // Share bars: "Bagikan:", "Share this article", "Bagikan: Facebook Twitter WhatsApp", with or
  // without a word of asking in front ("Silakan Share", "Yuk bagikan", "Please share").
  /^(?:(?:silakan|silahkan|yuk|ayo|mari|please)\s+)?(?:bagikan|share)(?:\s+(?:artikel|berita|ini|this|article|story|on))*\s*[:：]?(?:\s*(?:facebook|twitter|x|whatsapp|telegram|linkedin|line|e-?mail|copy link|salin (?:link|tautan)))*$/iu,
  /^(?:facebook|twitter|x|whatsapp|telegram|linkedin|line|e-?mail|copy link|salin (?:link|tautan))$/iu,
  /^\d+\s*(?:komentar|comments?)$/iu,
  /^(?:simak|saksikan|tonton)\b/iu,
  /^watch(?:\s*:|\s+(?:the\s+)?video\b)/iu,
  /^dapatkan\b.*\b(?:update|berita|informasi|notifikasi|insight)\b/iu,
  /^(?:ikuti|follow)\b.*\b(?:kami|us|google news|whatsapp|channel|saluran|instagram|twitter|facebook|tiktok|youtube)\b/iu,
  // "Find us on Facebook", "Like us on Instagram", "Temukan kami di YouTube": the same call worded as an invitation.
  /^(?:find|like|connect with)\s+us\s+on\s+\p{L}+$|^(?:temukan|jumpai)\s+kami\s+di\s+\p{L}+$/iu,
  // Tile stamps such as "• 17 jam lalubeautynesia.id".
  /^[•·▪►▶]/u,
  // Embedded players and widgets left as placeholders: "[Gambas:Video CNN]".
  /^\[[^\]]+\]$/u,
  // A button that unfolds or loads content: "Buka konten ini", "Tampilkan lebih banyak", "Show more".
  /^(?:buka|tampilkan|muat|lihat|show|load|open|view|expand)\s+(?:(?:konten|content|artikel|article|berita|story)(?:\s+(?:ini|this|lengkap|lainnya))?|(?:lebih\s+banyak|selengkapnya|semua|more|all))$/iu,
  // A section label standing alone: "Headline", "Berita Utama".
  /^(?:headlines?|berita utama|top stories)$/iu,
  // Pagination of articles split over pages: "Halaman 1 2 Selanjutnya", "« Sebelumnya".
  /^(?:halaman|hal\.|page)\s*\d+(?:\s+\d+)*(?:\s+(?:selanjutnya|berikutnya|next|»|›))?$/iu,
  /^[«‹]?\s*(?:sebelumnya|selanjutnya|berikutnya|halaman (?:selanjutnya|berikutnya|sebelumnya)|baca selanjutnya|next page|previous page|tampilkan semua|lihat semua)\s*[»›]?$/iu,
];

/**
 * Debris of a badly saved page, whatever the length of the line it runs into: browser-upgrade
 * banners, site-search boxes, markup left as text.
 */
const PAGE_DEBRIS: readonly RegExp[] = [
  /^(?:please )?update your browser$|^your browser is (?:out of date|outdated|not supported)\b|^just click on the icons?\b/iu,
  /^(?:view all search results\s*)?can'?t find what you'?re looking for\?$|^view all search results/iu,
  /^[a-z]+ class="[^"]*">/u,
];

/**
 * Lines below which a page holds no more article text: a republication notice ("Artikel ini
 * telah tayang di ..."), a release's contact block or its "about the issuer" boilerplate, and
 * the end marks of releases ("-selesai-", "###").
 */
const ARTICLE_END_LINES: readonly RegExp[] = [
  /^(?:artikel ini (?:telah )?(?:tayang|terbit|dimuat|diterbitkan)|this (?:article|story) (?:was |has been )?(?:first |originally )?(?:published|appeared))\b/iu,
  /^[-–—]+\s*(?:selesai|end)\s*[-–—]+$/iu,
  /^#{3,}$/u,
];

/** The desk's initials closing an article: "(rzp/aud)", "(tim/dal)". */
const DESK_INITIALS = /^\((?:\p{Ll}{2,5}\s*\/\s*)+\p{Ll}{2,5}\)$/u;

/** A caption's opening word with its colon or period: "Foto:", "Ilustrasi.", "Photo:"; or its credit's opening words: "Image courtesy of ...", "Photo archive - ...". */
const CAPTION_LEAD =
  /^(?:(?:foto|photo|ilustrasi|illustration|gambar|image|keterangan foto|caption)\s*[:.]|(?:sumber gambar|keterangan gambar|sumber foto|image source|image caption|media caption|keterangan video)\s*[,:.]|(?:image|photo|foto)\s+(?:courtesy|credit|archive|arsip)\b)/iu;
/**
 * A photo credit closing a caption: "(ANTARA/Foto Rahmat Hidayat)", "(Getty Images/iStockphoto)",
 * "(Dok. PPATK)". No digits inside, so a date such as "(5/3/2024)." is not one.
 */
const PHOTO_CREDIT_END = new RegExp(String.raw`\((?:[^()\d/]+\/[^()\d]+|(?:${PHOTO_SOURCE_WORDS})\b[^()\d]*|[^()\d]*\b(?:pic|photo|foto))\)\.?$`, 'iu');
/** An agency's photo credit closing a caption without brackets: "... Jumat (2/5/2025). ANTARA/Risky Syukur". */
const AGENCY_CREDIT_END = /[.)]\s+\p{Lu}{3,}(?:\s+FOTO)?\s*\/\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\.?$/u;
/**
 * An agency's credit after a slash closing a caption: "Sugiono - Menteri Luar Negeri / AP", run
 * onto the caption's last word ("Brigjen Amur Chandra/Net", "Yasonna H. Laoly/ANTARA"), or a
 * photo credit after a slash ("... Juli Buana. / Foto Humas Polri").
 */
const SLASHED_AGENCY_END = /\S\s+\/\s+\p{Lu}{2,10}$|\p{Ll}\/(?:\p{Lu}{3,}|Net|Ist(?:imewa)?)\.?$|\s\/\s*(?:Foto|Photo|FOTO|PHOTO)\s[^/]{1,40}$/u;
/** A labelled credit after the caption's sentence, perhaps run onto it: "... Malaysia. Photo: Google Maps", "... Batam. Foto: Dok. Humas", "... Sydney.PHOTO: AFP". */
const LABELLED_CREDIT_END = /[.)]\s*(?:[Pp]hoto|PHOTO|[Ff]oto|FOTO|[Ii]mage|[Gg]ambar|[Ii]lustrasi|[Ii]llustration)\s*:\s*\p{Lu}[^:]{0,40}$/u;
/**
 * A document credit after the caption's sentence, without a colon: "... Leni Rahmasari. Dokumen
 * untuk dialeksis.com.", "... di Batam. Dok. Humas Polda". Short, after a sentence's end, so a
 * sentence about a document ("Dokumen itu diserahkan kepada polisi ...") is not one.
 */
const DOCUMENT_CREDIT_END = /[.)]\s+(?:Dok\.|Dokumen(?:tasi)?\b)[^.:]{0,40}(?:\.\p{L}{2,}){0,3}\.?$/u;
/**
 * A site's domain in brackets after the caption's sentence: "... Selasa, 5 Maret 2024. (Medcom.id)",
 * "... pekerja online scam. (Kompas.com)". A sentence of the article names its source in words
 * ("(Antara)"), not by the site's address.
 */
const SITE_CREDIT_END = /\.\s*\((?:[\p{L}\d-]+\.)+\p{L}{2,}\)$/u;
const BREADCRUMB_SEPARATOR = /[>»›|]/;
/** Fewest segments of a link menu, whose links may be sites' domains. */
const MENU_SEGMENTS = 3;
/** Punctuation that ends a sentence: a period only before a space or at the end, not inside a domain. */
const SENTENCE_PUNCTUATION = /[!?]|\.(?=\s|$)/;
/** Characters (code points) a breadcrumb segment may have besides the spaces around it. */
const MAX_BREADCRUMB_SEGMENT = 30;

/**
 * True for a navigation trail: "Home > Nasional > Hukum", "Beranda | Riau | Hukum" (short
 * segments without sentence punctuation). Read by splitting at the separators: as one regular
 * expression, the spaces that may belong to a segment or to the separator made a failing match
 * take time exponential in the number of segments.
 */
function isBreadcrumb(line: string): boolean {
  const segments = line.split(BREADCRUMB_SEPARATOR);
  if (segments.length < 2) return false;
  const last = segments.length - 1;
  // In a menu of three or more links a site may be named by its domain ("Home | Kompas.com |
  // Detik.com"); of two segments, a domain is the site's name after a short headline.
  const punctuation = segments.length >= MENU_SEGMENTS ? SENTENCE_PUNCTUATION : /[.!?]/;
  return segments.every((segment, i) => {
    if (segment === '' || punctuation.test(segment)) return false;
    // Spaces beside a separator belong to it; the line's own ends count as segment.
    const shown = i === 0 ? segment.trimEnd() : i === last ? segment.trimStart() : segment.trim();
    return Math.max(1, [...shown].length) <= MAX_BREADCRUMB_SEGMENT;
  });
}
/**
 * Prompts to follow a channel or install an app; they can run long, so they are recognised by a
 * call at the start and a channel named in the line.
 */
const CHANNEL_PROMPT =
  /^(?:simak|ikuti|dapatkan|gabung|bergabung(?:lah)?|klik|click|follow|join|subscribe|download|unduh|install|pilih)\b.*\b(?:whatsapp|telegram|google news|channel|saluran|newsletter|aplikasi|app)\b/iu;

/**
 * True when `line` opens with a counted time stamp ("17 jam lalu", "5 hours ago · Nasional").
 * Only a stamp led by a figure: one led by a word ("Kemarin", "A week ago") opens sentences too.
 */
function opensWithTimeStamp(line: string): boolean {
  return /^\d/.test(line) && findRelativeTimes(line)[0]?.index === 0;
}

/** Widget lines are short; a long line that starts like one is an article sentence. */
const MAX_CLUTTER_LINE_LENGTH = 200;
/** Channel prompts are allowed to be longer, but not paragraph-long. */
const MAX_PROMPT_LENGTH = 400;

/** True when `line` is the desk's initials that close an article ("(rzp/aud)"). */
export function isDeskInitials(line: string): boolean {
  return DESK_INITIALS.test(line);
}

/** True when `line` introduces links to other stories ("Baca juga:", "BERITA TERKAIT"). */
export function isRelatedStoryLead(line: string): boolean {
  return RELATED_STORY_LEADS.some((pattern) => pattern.test(line));
}

/** Most words of a related-story lead standing alone over its block ("Berita Terkait", "Related stories:"). */
const BLOCK_LEAD_WORDS = 3;

/**
 * True when `line` is a related-story lead alone on its line ("BACA JUGA", "Berita Terkait:"):
 * it heads a block of other stories, whose lines (titles, their writers and dates) follow it.
 * An inline lead ("Baca juga: Title") links one story on the same line.
 */
export function isRelatedBlockLead(line: string): boolean {
  const shown = line.trim();
  return isRelatedStoryLead(shown) && /^[\p{L}\s'’]+[:：]?$/u.test(shown) && shown.split(/\s+/).length <= BLOCK_LEAD_WORDS;
}

/** True when `line` introduces links to other stories or a tag list ("Baca juga:", "Tag:"). */
export function isRelatedLead(line: string): boolean {
  return isRelatedStoryLead(line) || TAG_LEADS.some((pattern) => pattern.test(line));
}

/** True when `line` is a photo caption: "Foto: ...", or a line closed by a photo credit. */
export function isPhotoCaption(line: string): boolean {
  const credits = [CAPTION_LEAD, PHOTO_CREDIT_END, AGENCY_CREDIT_END, SLASHED_AGENCY_END, LABELLED_CREDIT_END, DOCUMENT_CREDIT_END, SITE_CREDIT_END];
  return line.length <= MAX_CLUTTER_LINE_LENGTH && credits.some((pattern) => pattern.test(line));
}

/** True when `line` is one photo caption printed twice in a row, its alt text run into it. */
function isCaptionPrintedTwice(line: string): boolean {
  const half = line.slice(0, (line.length - 1) / 2);
  return line === `${half} ${half}` && isPhotoCaption(half);
}

/** True when `line` is page furniture or metadata wherever it stands (never article text). */
export function isClutterLine(line: string): boolean {
  if (line.length <= MAX_PROMPT_LENGTH && CHANNEL_PROMPT.test(line)) return true;
  if (PAGE_DEBRIS.some((pattern) => pattern.test(line))) return true;
  if (isCaptionPrintedTwice(line)) return true;
  if (line.length > MAX_CLUTTER_LINE_LENGTH) return false;
  return (
    CLUTTER_LINES.some((pattern) => pattern.test(line)) ||
    isPressReleaseHeading(line) ||
    isReleaseNumberLine(line) ||
    opensWithTimeStamp(line) ||
    isDeskInitials(line) ||
    isPhotoCaption(line) ||
    isBreadcrumb(line) ||
    isAddressLine(line) ||
    readCreditLine(line) !== undefined ||
    readCopyrightLine(line) !== undefined
  );
}

/**
 * True when `line` marks the end of an article: staff credits, the desk's initials or a
 * copyright notice. Sites print these under the last paragraph, never between paragraphs.
 */
export function isClosingLine(line: string): boolean {
  return isDeskInitials(line) || readCreditLine(line) !== undefined || readCopyrightLine(line) !== undefined;
}

/**
 * True when `line` ends the article text for good: a republication notice, a release's contact
 * block or issuer boilerplate, or an end mark. Unlike credits, sentence-cased paragraphs below it
 * are not the article's either (they describe the issuer, or repeat the notice).
 */
export function isArticleEndMarker(line: string): boolean {
  return (
    line.length <= MAX_PROMPT_LENGTH &&
    (ARTICLE_END_LINES.some((pattern) => pattern.test(line)) || isContactLead(line) || readAboutIssuer(line) !== undefined)
  );
}
