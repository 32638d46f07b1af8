/**
 * Reads the credit lines news sites print under an article ("Pewarta: X", "Editor: Y",
 * "(Reporting by X; Editing by Y)") and the copyright line ("Hak Cipta © ANTARA 2025").
 */

/** The people a news item credits; they are staff, not people the story is about. */
export interface Credits {
  author?: string;
  editor?: string;
  translator?: string;
}

type CreditField = keyof Credits;

/** Label spellings per field; the first matching label wins, so the list runs specific to general. */
const CREDIT_LABELS: ReadonlyArray<readonly [CreditField, string]> = [
  ['translator', 'penerjemah|alih bahasa|terjemahan|translator|translated by|translation by'],
  ['editor', 'editor|redaktur|penyunting|editing by|edited by'],
  [
    'author',
    'pewarta|reporter|wartawan|penulis|kontributor|koresponden|oleh|additional reporting by|reporting by|writing by|written by|writer|author|correspondent|by',
  ],
];

/** A label, then a colon, or for the "... by" forms just a space. */
const CREDIT_PART = new RegExp(
  String.raw`^(${CREDIT_LABELS.map(([, labels]) => labels).join('|')})\s*(?:[:：]\s*|\s+(?=\p{Lu}))(.+)$`,
  'iu',
);
/** Where a wire reporter filed from: "Maya Lestari in Jakarta and Hadi Rahman in Kuala Lumpur". */
const WHERE_FILED = /\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s+and\s|,|$)/gu;
/** Longest credited name we accept; longer values are sentences that happen to start with "Oleh". */
const MAX_NAME_WORDS = 6;

function fieldOfLabel(label: string): CreditField | undefined {
  const lower = label.toLowerCase().replace(/\s+/g, ' ');
  return CREDIT_LABELS.find(([, labels]) => labels.split('|').includes(lower))?.[0];
}

/**
 * Returns the credits on one line, or undefined when the line is not (only) a credit line.
 * Several credits may share a line, split by ";" or "|", and be wrapped in parentheses.
 */
export function readCreditLine(line: string): Credits | undefined {
  const parts = line
    .replace(/^\((.*)\)\.?$/, '$1')
    .split(/\s*[;|]\s*/)
    .filter((part) => part.length > 0);
  if (parts.length === 0) return undefined;
  const credits: Credits = {};
  for (const part of parts) {
    const match = CREDIT_PART.exec(part);
    const field = match ? fieldOfLabel(match[1] ?? '') : undefined;
    const value = match?.[2]?.replace(/[.,]$/, '').replace(WHERE_FILED, '').trim();
    if (!field || !value || !/^\p{Lu}/u.test(value) || value.split(' ').length > MAX_NAME_WORDS) return undefined;
    credits[field] ??= value;
  }
  return credits;
}

/** "© ...", "(c) ...", "Hak Cipta © ...", or "Copyright <...year...>" without the sign. */
const COPYRIGHT =
  /^(?:hak cipta|copyright)?\s*(?:©|\(c\))\s*(.+?)\s*$|^(?:hak cipta|copyright)\s+(?=.*\b(?:19|20)\d{2}\b)(.+?)\s*$/iu;
/** Boilerplate that follows the holder and year and is not part of the notice proper. */
const RIGHTS_TAIL = /[.,]?\s*(?:all rights reserved|(?:seluruh\s+)?hak cipta dilindungi|dilarang\b).*$/iu;
/** Longest notice we accept ("2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group)"). */
const MAX_NOTICE_WORDS = 12;

/** Returns the notice of a copyright line as "© <holder/year as written>", or undefined. */
export function readCopyrightLine(line: string): string | undefined {
  const match = COPYRIGHT.exec(line);
  const notice = (match?.[1] ?? match?.[2])?.replace(RIGHTS_TAIL, '').replace(/\.$/, '').trim();
  if (!notice || notice.split(' ').length > MAX_NOTICE_WORDS) return undefined;
  return `© ${notice}`;
}

/** Returns the copyright holder of a notice made by readCopyrightLine ("© ANTARA 2025" -> "ANTARA"). */
export function copyrightHolder(notice: string): string | undefined {
  const holder = notice
    .replace(/©/g, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;–—-]+/u, '')
    .trim();
  return holder.length > 0 ? holder : undefined;
}

/** Returns the credits of all credit lines among `lines`, the first value of each field winning. */
export function collectCredits(lines: readonly string[]): Credits {
  const credits: Credits = {};
  for (const line of lines) {
    const found = readCreditLine(line) ?? {};
    for (const [field, value] of Object.entries(found) as Array<[CreditField, string]>) {
      credits[field] ??= value;
    }
  }
  return credits;
}

/** A byline: who wrote the item and, when the line says it, for which outlet. */
export interface Byline {
  author: string;
  outlet?: string;
}

/** Two to four capitalised words: a person's name as bylines print it. */
const BYLINE_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
/** "Rizky Pratama - detikNews", "Andika Prasetyo (The Jakarta Post)". */
const BYLINE_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(?<author>${BYLINE_NAME})\s+[-–—|]\s+(?<outlet>\p{L}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})$`, 'u'),
  new RegExp(String.raw`^(?<author>${BYLINE_NAME})\s+\((?<outlet>\p{L}[\p{L}.&'’]*(?: [\p{L}.&'’]+){0,3})\)$`, 'u'),
];

/**
 * Returns the byline a line of a page header holds ("Name - Outlet", "Name (Outlet)"), or
 * undefined. Only header lines are read: elsewhere the same shapes are links to other stories.
 */
export function readBylineLine(line: string): Byline | undefined {
  for (const form of BYLINE_FORMS) {
    const groups = form.exec(line)?.groups;
    if (groups?.author) return groups.outlet ? { author: groups.author, outlet: groups.outlet } : { author: groups.author };
  }
  return undefined;
}
