/**
 * Reads the credit lines news sites print under an article ("Pewarta: X", "Editor: Y",
 * "(Reporting by X; Editing by Y)") and the copyright line ("Hak Cipta © ANTARA 2025").
 */
import { findAbsoluteDates, isDateStamp } from './dates.ts';
import { isKnownPlace } from './known-places.ts';

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
  // "Red:" and "Rep:" are the short forms a credit line may use: "Rep: X/ Red: Y".
  ['editor', 'editor|redaktur|red|penyunting|editing by|edited by'],
  [
    'author',
    'pewarta|reporter|rep|wartawan|penulis|laporan|kontributor|koresponden|oleh|additional reporting by|reporting by|writing by|written by|writer|author|correspondent|by',
  ],
];

/**
 * Words a photo's credit opens with in brackets: "(ist)" for "istimewa", "(Dok. Humas)", "(Foto:
 * ...)", "(file photo)". A name followed by one is a caption under a portrait, not a byline.
 */
export const PHOTO_SOURCE_WORDS = 'foto|dok|dokumentasi|istimewa|ist|photo|file photo|handout';
const PHOTO_SOURCE = new RegExp(String.raw`^(?:${PHOTO_SOURCE_WORDS})\b`, 'iu');

/** The newsroom roles a name may be printed with; after a name they name its role, not an outlet. */
const ROLE_WORDS = 'jurnalis|journalist|reporter|wartawan|penulis|pewarta|kontributor|koresponden|writer|correspondent|contributor';

const ALL_LABELS = CREDIT_LABELS.map(([, labels]) => labels).join('|');
/**
 * A label, then a colon; only "oleh" and the "... by" forms may be followed by the name after a
 * bare space ("Oleh Nadia", "By Stanley"): "Wartawan BBC News Indonesia" names a desk, not a person.
 */
const CREDIT_PART = new RegExp(
  String.raw`^(?:(${ALL_LABELS})\s*[:：]\s*|((?:[\p{L} ]+ )?by|oleh)\s+(?=\p{Lu}))(.+)$`,
  'iu',
);
/** A second labelled credit on the same line without a separator or after a slash: "Penulis: X Editor: Y", "Rep: X/ Red: Y". */
const NEXT_LABEL = new RegExp(String.raw`(?:\s*\/\s*|\s+)(?=(?:${ALL_LABELS})\s*[:：])`, 'giu');
/**
 * What joins a name to the time stamp after it: "Oleh X pada 12 Mei 2024, 09:15 WIB", "oleh X
 * diperbarui 08 Nov 2016", "By X, updated on ...".
 */
const STAMP_JOINER = /(?:\s*,?\s+(?:(?:diperbarui|diperbaharui|diterbitkan|updated|published|posted)(?:\s+(?:pada|on))?|pada|on|at)|\s*[,|·•–—-])\s*$/iu;
/** A word introducing a time stamp set apart by a bar: "| on 4:30 AM April 30, 2013", "| pada 12 Mei 2024". */
const STAMP_WORD = /^(?:on|pada|at|updated|published|posted|diperbarui|diterbitkan)\s+/iu;
/** "Laporan Wartawan Tribunnews.com, Gita Anggraini": the reporter of a wire-style report. */
const REPORT_BY = /^laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b[^,]{0,40},\s*(\p{Lu}.*)$/iu;
/**
 * A staff role and its desk or town before the name, without "Laporan": "Kontributor Pekanbaru,
 * Andi Saputra", "Koresponden Kompas TV Medan, Budi". The desk is capitalised words only, so a
 * headline opening on the role ("Wartawan Tewas di Papua, Polisi ...") is none.
 */
const DESK_BEFORE_NAME =
  /^(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden|[Kk]ontributor|[Jj]urnalis|[Cc]orrespondent)\s+\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,3},\s*(\p{Lu}.*)$/u;
/** Where a wire reporter filed from: "Maya Lestari in Jakarta and Hadi Rahman in Kuala Lumpur". */
const WHERE_FILED = /\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s+and\s|,|$)/gu;
/** The outlet a writer files for, after the name: "Aditya Surya for Khabar Southeast Asia". */
const FILED_FOR = /\s+for\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})(?=\s+in\s|$)/u;
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
  const joint = readJointRoleCredit(line);
  if (joint !== undefined) return joint;
  const reported = REPORT_BY.exec(line)?.[1] ?? DESK_BEFORE_NAME.exec(line)?.[1];
  if (reported !== undefined) {
    const author = nameBeforeStamp(reported);
    return author ? { author } : undefined;
  }
  const parts = line
    .replace(/^\((.*)\)\.?$/, '$1')
    .split(/\s*[;|]\s*/)
    .flatMap((part) => part.split(NEXT_LABEL))
    // A stamp sharing the line ("SELASA, 10 AGUSTUS 2021 | 14:28 WIB | LAPORAN: X", "| on 4:30 AM
    // April 30, 2013") is no credit.
    .filter((part) => part.length > 0 && !isDateStamp(part.replace(STAMP_WORD, '')));
  if (parts.length === 0) return undefined;
  const credits: Credits = {};
  for (const part of parts) {
    const match = CREDIT_PART.exec(part);
    const field = match ? fieldOfLabel(match[1] ?? match[2] ?? '') : undefined;
    // A label may stand before the desk too: "Penulis : Kontributor Pekanbaru, Andi Saputra".
    const labelled = match?.[3] ?? '';
    const value = nameBeforeStamp(DESK_BEFORE_NAME.exec(labelled)?.[1] ?? labelled);
    if (!field || !value) return undefined;
    credits[field] ??= value;
  }
  return credits;
}

/** Two roles joined before one colon: "Redaktur & Reporter : X", "Penulis dan Editor: X". */
const JOINT_ROLES = new RegExp(String.raw`^(${ALL_LABELS})\s*(?:&|\bdan\b|\band\b)\s*(${ALL_LABELS})\s*[:：]\s*(.+)$`, 'iu');

/**
 * Returns the credits of one name printed under two joined roles ("Redaktur & Reporter : Arry
 * Saputra" -> editor and author both him), or undefined when the line is no such credit.
 */
function readJointRoleCredit(line: string): Credits | undefined {
  const [, first = '', second = '', value = ''] = JOINT_ROLES.exec(line.trim()) ?? [];
  const fields = [fieldOfLabel(first), fieldOfLabel(second)];
  const name = nameBeforeStamp(value);
  if (!name || fields.includes(undefined)) return undefined;
  return Object.fromEntries(fields.map((field) => [field, name])) as Credits;
}

/**
 * Returns the outlet a credit line says its writer files for ("By Aditya Surya for Khabar
 * Southeast Asia in Jakarta" -> "Khabar Southeast Asia"), or undefined.
 */
export function readFiledFor(line: string): string | undefined {
  return readCreditLine(line)?.author === undefined ? undefined : FILED_FOR.exec(line)?.[1];
}

/** Where the writer of a credit line filed from: "By Aditya Surya for Khabar Southeast Asia in Jakarta" -> "Jakarta". */
export function readFiledFrom(line: string): string | undefined {
  if (readCreditLine(line)?.author === undefined) return undefined;
  return new RegExp(WHERE_FILED.source, 'u').exec(line)?.[0].replace(/^\s+in\s+/u, '');
}

/**
 * A desk after a credited name and a comma: one word ("Reuters", "AFP") or a phrase closing on a
 * role ("AAP Senior Political Writer"). A second name after the comma has two words or more and
 * no role, and is kept.
 */
const DESK_AFTER_NAME = new RegExp(String.raw`(?<=\S\s+\S+),\s+(?:\p{Lu}[\p{L}.&-]*|\p{L}[\p{L}.&'’ ]*\b(?:${ROLE_WORDS}))$`, 'iu');

/** An outlet after a credited name and a dash: "By Ana Putri – Associated Press". */
const OUTLET_AFTER_DASH = /\s+[–—-]\s+(\p{Lu}[\p{L}.&'’]*(?: \p{Lu}[\p{L}.&'’]*){0,3})$/u;

function withoutDesk(name: string): string {
  return name.replace(DESK_AFTER_NAME, '').replace(OUTLET_AFTER_DASH, '');
}

/**
 * Returns the outlet a credit line names after its writer and a dash ("By Ana Putri – Associated
 * Press" -> "Associated Press"), or undefined; a known place there is where the writer filed from.
 */
export function readCreditOutlet(line: string): string | undefined {
  const outlet = readCreditLine(line)?.author === undefined ? undefined : OUTLET_AFTER_DASH.exec(line.trim())?.[1];
  // "By Ana Putri - Jakarta" says where she filed from, not for whom.
  return outlet === undefined || isKnownPlace(outlet) ? undefined : outlet;
}

/**
 * Returns the credited name in `value`, cut before a time stamp that follows it, or undefined
 * when what is left does not read as a name (lower case, or a sentence of many words).
 */
function nameBeforeStamp(value: string): string | undefined {
  const stamp = findAbsoluteDates(value)[0];
  const beforeStamp = stamp === undefined ? value : value.slice(0, stamp.index).replace(STAMP_JOINER, '');
  const name = withoutDesk(beforeStamp.replace(/[.,]$/, '').replace(FILED_FOR, '').replace(WHERE_FILED, '').trim());
  if (!/^\p{Lu}/u.test(name) || name.split(' ').length > MAX_NAME_WORDS) return undefined;
  return name;
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

/** A role label printed alone on its line over the name it credits: "Editor" / "Petir Garda Bhwana". */
const LABEL_ALONE = new RegExp(String.raw`^(?:${ALL_LABELS})\s*[:：]?$`, 'iu');
/** Two to four capitalised words: a name as a credit prints it. */
const CREDITED_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** True when `line` is a credit's role alone ("Editor", "Penulis:"), the name it credits on the next line. */
export function isLoneCreditLabel(line: string): boolean {
  return LABEL_ALONE.test(line.trim());
}

/**
 * Returns the credit of a role printed alone over the name on the next line ("Editor" / "Petir
 * Garda Bhwana", "Translator" / "Antara Staff"), or undefined. Only a name of two to four
 * capitalised words counts, as the line under a lone label may be a heading.
 */
function readStackedCredit(label: string, next: string | undefined): Credits | undefined {
  const field = isLoneCreditLabel(label) ? fieldOfLabel(label.trim().replace(/\s*[:：]$/u, '')) : undefined;
  const name = next?.trim();
  return field && name && CREDITED_NAME.test(name) ? { [field]: name } : undefined;
}

/** Fewest credits a line of roles without colons must give: one role and a name may open a headline ("Reporter Tewas ..."). */
const MIN_BARE_CREDITS = 2;

/**
 * Returns the credits of a line of roles printed before their names without colons, parted by
 * bars ("Penulis Irfan Kamil | Editor Sabrina Asril"), or undefined. Every part must be a role
 * and a name of two to four capitalised words, and two parts at least.
 */
function readBareRoleCredits(line: string): Credits | undefined {
  const parts = line.split(/\s+[|·•]\s+/u).map((part) => part.trim());
  if (parts.length < MIN_BARE_CREDITS) return undefined;
  const credits: Credits = {};
  for (const part of parts) {
    const [role = '', ...rest] = part.split(/\s+/u);
    const field = fieldOfLabel(role);
    const name = rest.join(' ');
    if (!field || !CREDITED_NAME.test(name)) return undefined;
    credits[field] ??= name;
  }
  return credits;
}

/**
 * Returns the credits of all credit lines among `lines`, a role printed over its name and a line
 * of roles without colons counting as such, the first value of each field winning.
 */
export function collectCredits(lines: readonly string[]): Credits {
  const credits: Credits = {};
  const shown = lines.map((line) => line.trim()).filter((line) => line !== '');
  for (const [index, line] of shown.entries()) {
    const found = readCreditLine(line) ?? readStackedCredit(line, shown[index + 1]) ?? readBareRoleCredits(line) ?? {};
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

/** The desk a byline's author writes for, on the line under it: "Wartawan BBC News Indonesia". */
const STAFF_ROLE = /^(?:wartawan|reporter|koresponden|jurnalis|kontributor|correspondent)\s+/iu;
/** Up to four capitalised words: the desk or outlet's name. */
const DESK_NAME = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/u;

function deskOf(line: string): string | undefined {
  const label = STAFF_ROLE.exec(line)?.[0];
  const desk = label === undefined ? undefined : line.slice(label.length);
  return desk !== undefined && DESK_NAME.test(desk) ? desk : undefined;
}

/**
 * Returns the outlet named by a staff-role line right under a credited author ("Oleh Nadia",
 * then "Wartawan BBC News Indonesia"), or undefined. Only under a byline is the capitalised run
 * after "Wartawan" a desk: elsewhere it may be the reporter's own name.
 */
export function readStaffOutlet(lines: readonly string[]): string | undefined {
  const under = lines.findIndex(
    (line, index) => index > 0 && readCreditLine(lines[index - 1] ?? '')?.author !== undefined && deskOf(line) !== undefined,
  );
  return under < 0 ? undefined : deskOf(lines[under] ?? '');
}

/** Two to four capitalised words: a person's name as bylines print it. */
const BYLINE_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
/** A newsroom role word closing a byline's second part: "Jurnalis", "AAP Senior Political Writer". */
const ROLE_WORD = new RegExp(String.raw`\b(?:${ROLE_WORDS})$`, 'iu');
/** True when `text` closes on a newsroom role: "Jurnalis", "Indonesia Correspondent", "AAP Senior Political Writer". */
export function closesOnNewsroomRole(text: string): boolean {
  return ROLE_WORD.test(text.trim());
}

/** An outlet's short name in capitals opening a role: "AAP Senior Political Writer", "AFP Correspondent". */
const DESK_IN_ROLE = /^(\p{Lu}{2,6})\s+\p{Lu}/u;
/** A role opening what would be a byline's name: "Penulis Irfan Kamil | Editor ..." is a credit line, not "Name | Outlet". */
const ROLE_FIRST = new RegExp(String.raw`^(?:${ROLE_WORDS}|editor|redaktur|penyunting)\s`, 'iu');
/** "Rizky Pratama - detikNews", "Andika Prasetyo (The Jakarta Post)", "Paul Osborne, AAP Senior Writer". */
const BYLINE_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(?<author>${BYLINE_NAME})\s+[-–—|]\s+(?<outlet>\p{L}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})$`, 'u'),
  new RegExp(String.raw`^(?<author>${BYLINE_NAME})\s+\((?<outlet>\p{L}[\p{L}.&'’]*(?: [\p{L}.&'’]+){0,3})\)$`, 'u'),
  new RegExp(String.raw`^(?<author>${BYLINE_NAME}),\s+(?<role>\p{L}[\p{L}.&'’]*(?: [\p{L}.&'’]+){0,4})$`, 'u'),
  // One name alone only before the site's own domain ("Aziz - merdekanews.co"), where a headline's words never stand.
  new RegExp(String.raw`^(?<author>\p{Lu}\p{Ll}{2,})\s+[-–—|]\s+(?<outlet>[\p{L}\p{N}-]+(?:\.\p{L}{2,})+)$`, 'u'),
  // Before a date stamp a bullet parts them too: "Willy Haryono • 24 December 2024 19:25".
  new RegExp(String.raw`^(?<author>${BYLINE_NAME})\s+[-–—|•·]\s+(?<stamp>.*\d.*)$`, 'u'),
];

/**
 * Returns the byline a line of a page header holds ("Name - Outlet", "Name (Outlet)", "Name |
 * Jurnalis", "Name, Senior Writer", "Name - Senin, 12 Juni 2023 10:15 WIB", "Name • 24 December
 * 2024 19:25"), or undefined. A
 * role after the name is no outlet, and a part after a comma must be a role; a part with digits
 * must be a date stamp, and a photo's credit in brackets ("Suhardi Alius (ist)") makes the line a
 * portrait's caption. Only header lines are read: elsewhere the same shapes are links to other
 * stories.
 */
export function readBylineLine(line: string): Byline | undefined {
  // A page's text may keep a space before the comma ("Rina Anggraeni , Jurnalis").
  const tidy = line.replace(/\s+,/gu, ',');
  return readBylineForm(tidy) ?? readBylineBeforeStamp(tidy);
}

/** A byline, then a separator and the date stamp: "Andi Saputra, Jurnalis · Senin 12 Juni 2023 10:15 WIB". */
const BEFORE_STAMP = /^(?<byline>.+?)\s+[-–—|·•]\s+(?<stamp>[^-–—|·•]*\d[^-–—|·•]*)$/u;

/**
 * A byline closing on a newsroom role, then the date stamp after a separator that may have lost
 * its spaces: "Andi Saputra, Jurnalis-Senin, 12 Juni 2023 |10:15 WIB". The role marks where the
 * byline ends, so the stamp may hold a separator of its own.
 */
const ROLE_BEFORE_STAMP = new RegExp(String.raw`^(?<byline>.+?\b(?:${ROLE_WORDS}))\s*[-–—|·•]\s*(?<stamp>.*\d.*)$`, 'iu');

/**
 * The byline of a line that closes on the date stamp after a separator ("Andi Saputra |
 * Kompas.com - 12/03/2023, 10:15 WIB"), read from what stands before the stamp.
 */
function readBylineBeforeStamp(line: string): Byline | undefined {
  const { byline, stamp } = (BEFORE_STAMP.exec(line.trim()) ?? ROLE_BEFORE_STAMP.exec(line.trim()))?.groups ?? {};
  // A bar may part the stamp's date from its time too: "Senin, 15 Juli 2024 |06:41 WIB".
  const bare = stamp?.replace(/\s*[|·•]\s*/gu, ' ');
  return byline !== undefined && bare !== undefined && isDateStamp(bare) ? readBylineForm(byline) : undefined;
}

/** The byline of a line in one of {@link BYLINE_FORMS}, or undefined. */
function readBylineForm(line: string): Byline | undefined {
  for (const form of BYLINE_FORMS) {
    const groups = form.exec(line)?.groups;
    if (!groups?.author || ROLE_FIRST.test(groups.author)) continue;
    if (groups.stamp !== undefined && !isDateStamp(groups.stamp)) continue;
    if (groups.role !== undefined && !ROLE_WORD.test(groups.role)) continue;
    if (groups.outlet !== undefined && PHOTO_SOURCE.test(groups.outlet)) continue;
    const outlet = groups.outlet !== undefined && !ROLE_WORD.test(groups.outlet) ? groups.outlet : (groups.role && DESK_IN_ROLE.exec(groups.role)?.[1]);
    return outlet ? { author: groups.author, outlet } : { author: groups.author };
  }
  return undefined;
}
