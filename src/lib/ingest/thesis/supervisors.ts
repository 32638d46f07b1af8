/**
 * Reads supervisors with their roles, from labelled lines ("Pembimbing I: Dr. X",
 * "Dosen Pembimbing II : Y", "Supervisor: Z") or from a sentence ("di bawah bimbingan X selaku
 * dosen pembimbing I, dan Y selaku dosen pembimbing II", "under the guidance of X as
 * supervisor I").
 */

/** A supervisor's name and, when printed, their role ("Pembimbing I"). */
export interface Supervisor {
  name: string;
  role?: string;
}

/**
 * A supervising role with its rank or its work: "pembimbing I", "Supervisor II", "Pembimbing
 * Utama", "Pembimbing Skripsi", "Thesis Advisor", and the chair of a thesis committee.
 */
const ROLE =
  '(?:(?:thesis|research|academic)\\s+)?(?:ko-?|co-?)?(?:pembimbing|supervisors?|promotor|promoter|advisors?|adviser)(?:\\s+(?:skripsi|tesis|disertasi|thesis))?(?:\\s+(?:utama|pendamping|anggota|pertama|kedua|ketiga|[IVX]{1,3}|\\d)(?![\\p{L}\\p{N}]))?|(?:thesis\\s+)?committee\\s+chair(?:person)?|chair\\s+of\\s+(?:the\\s+)?(?:thesis\\s+|supervisory\\s+)?committee';

/**
 * What may stand before a role in its label: "Dosen", a committee ("Ketua Komisi"), or the
 * approval it signs ("Disetujui", "Telah disetujui oleh", "Menyetujui,").
 */
const ROLE_PREFIX = '(?:(?:telah\\s+)?disetujui(?:\\s+oleh)?[\\s,:]+|menyetujui[\\s,:]+)?(?:dosen\\s+|(?:ketua\\s+|anggota\\s+)?komisi\\s+)?';

/** A supervising role as a label prints it, its prefixes included (for the fields of a thesis form). */
export const SUPERVISOR_LABEL = `${ROLE_PREFIX}(?:${ROLE})`;

/** Drops the prefixes of a role's label: "Telah disetujui oleh Dosen Pembimbing" is the role "Pembimbing". */
export function roleWithoutPrefix(label: string): string {
  return label.replace(new RegExp(`^${ROLE_PREFIX}`, 'iu'), '');
}

const LABEL = new RegExp(`${ROLE_PREFIX}(${ROLE})\\s*[:：]\\s*`, 'giu');

const INTRODUCTION =
  /\b(?:di\s*bawah\s+bimbingan|dibimbing\s+oleh|bimbingan|under\s+the\s+(?:guidance|supervision)\s+of|supervised\s+by|guided\s+by)\s+/i;

/** Where the list of supervisors gives way to the affiliation: "pada departemen ...", "at the department ...". */
const AFFILIATION_START =
  /\s+(?:pada|di|at(?:\s+the)?|in(?:\s+the)?)\s+(?=(?:departemen|jurusan|program|prodi|fakultas|universitas|department|faculty|study|university|school)\b)/i;

/** Between names: a semicolon, "dan"/"and", or the number of a numbered list "(1) X (2) Y". */
const NAME_SEPARATOR = /\s*;\s*|,?\s+(?:dan|and|&)\s+|\s*\(\d{1,2}\)\s*/i;

const ROLE_AFTER_NAME = new RegExp(`^(.*?)\\s*,?\\s+(?:selaku|sebagai|as)\\s+(?:(?:dosen|the|a)\\s+)?(${ROLE})\\b`, 'iu');

/** A lecturer's staff number run on after the name it belongs to: "... M.H. NIP. 19650101 199003 1 001". */
export const STAFF_NUMBER_AFTER = /\s+(?:NIP|NIDN|NIDK)\b.*$/i;

/** A dotted space left for a signature beside a name, bracketed or not: "(..........)", "……". */
const SIGNATURE_SPACE = /\s*\(?\s*(?:[._]{3,}|…)[\s._…]*\)?$/u;

/** A post held, printed after the name and a comma: "Richard Samuels, Professor of Political Science", "X, Senior Lecturer". */
const POST_AFTER_NAME = /,\s*(?:(?:associate|assistant|adjunct|senior|visiting)\s+)?(?:professor|lecturer|reader)\b.*$/i;

/** The brackets an approval page signs a name in: "( Dr. X, S.H., M.H. )". */
const SIGNED_IN_BRACKETS = /^\(\s*([^()]+?)\s*\)$/u;

/**
 * A supervisor's name without what an approval page prints round it: the brackets it is signed
 * in, the dotted space left for the signature, the staff number run on after it, and the post an
 * English cover gives after it.
 */
export function supervisorNameOnly(text: string): string {
  const name = text.trim().replace(STAFF_NUMBER_AFTER, '').replace(SIGNATURE_SPACE, '').replace(POST_AFTER_NAME, '').trim();
  return SIGNED_IN_BRACKETS.exec(name)?.[1] ?? name;
}

/** Trims separators; a closing full stop is dropped after a word but kept after a degree ("M.Si."). */
function cleanName(name: string): string {
  return supervisorNameOnly(name)
    .replace(/^[,;]\s*|\s*[,;]$/g, '')
    .replace(/(?<=\p{Ll}{3})\.$/u, '')
    .trim();
}

function splitNames(text: string, role: string | undefined): Supervisor[] {
  return text
    .split(NAME_SEPARATOR)
    .map(cleanName)
    .filter((name) => /\p{L}{2}/u.test(name))
    .map((name) => (role ? { name, role } : { name }));
}

/** Another role's label run on after a name ("Second Reader:", "Penguji:"), one or two words and a colon: a name never holds one. */
const OTHER_ROLE_LABEL = /\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*[:：].*$/u;

function parseLabelled(text: string): Supervisor[] {
  const labels = [...text.matchAll(LABEL)];
  return labels.flatMap((label, i) => {
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    return splitNames(text.slice(start, end).split('\n')[0]!.replace(OTHER_ROLE_LABEL, ''), label[1]!.trim());
  });
}

/** Returns the supervisors named in a sentence of the form "bimbingan X selaku pembimbing I, dan Y ...". */
function parseNarrative(text: string): Supervisor[] {
  const intro = INTRODUCTION.exec(text);
  if (!intro) return [];
  let list = text.slice(intro.index + intro[0].length);
  const affiliation = AFFILIATION_START.exec(list);
  if (affiliation) list = list.slice(0, affiliation.index);
  const supervisors: Supervisor[] = [];
  let rest = list;
  for (let match = ROLE_AFTER_NAME.exec(rest); match; match = ROLE_AFTER_NAME.exec(rest)) {
    supervisors.push(...splitNames(match[1]!, match[2]!.trim()));
    rest = rest.slice(match[0].length).replace(/^\s*,?\s*(?:(?:dan|and|&)\s+)?/i, '');
  }
  if (supervisors.length > 0) return supervisors;
  return splitNames(list.replace(/[.)]+$/, ''), undefined);
}

/** A role printed alone over a signature: "Pembimbing I,", "Dosen Pembimbing Utama", "Supervisor:". */
const ROLE_ONLY = new RegExp(`^${ROLE_PREFIX}(${ROLE})\\s*[,:：]?$`, 'iu');

const LEADING_ROLE = new RegExp(`^${ROLE_PREFIX}(${ROLE})\\s*[,:：]?\\s*`, 'iu');

/**
 * Returns the roles of a line that holds nothing but two or more of them side by side, where the
 * gap between signature columns was lost ("Pembimbing Utama Pembimbing Pendamping"), or undefined.
 */
export function readRunTogetherRoles(text: string): string[] | undefined {
  const { roles, rest } = readLeadingRoles(text);
  return rest === '' && roles.length >= 2 ? roles : undefined;
}

/** The supervising roles side by side at the start of `text` ("Pembimbing I Pembimbing II ..."), and what follows them. */
export function readLeadingRoles(text: string): { roles: string[]; rest: string } {
  const roles: string[] = [];
  let rest = text.trim();
  for (let match = LEADING_ROLE.exec(rest); match && match[0] !== ''; match = LEADING_ROLE.exec(rest)) {
    roles.push(match[1]!);
    rest = rest.slice(match[0].length);
  }
  return { roles, rest };
}

/** A role opening a line, then a comma, a leader of dots or only a space before the name: "Pembimbing I, Dr. X", "Pembimbing II ...... Y". */
const ROLE_BEFORE_NAME = new RegExp(`^${ROLE_PREFIX}(${ROLE})(\\s*,|\\s*(?:\\.{3,}|…+)|\\s)\\s*(\\p{Lu}.*)$`, 'iu');

/** A title or degree that marks a lecturer's name: "Dr.", "Prof.", or degrees after a comma. */
const LECTURER_MARK = /\b(?:Dr|Prof|Drs|Dra|Ir)\.|,\s*\p{Lu}\p{L}{0,3}\./u;

/**
 * Returns the role and the text after it on a line that opens with a supervising role set apart
 * from the name without a colon: by a comma or a leader of dots ("Pembimbing I, Dr. X, M.Si."), or
 * by a space alone when the name carries a lecturer's title or degree ("Pembimbing I Dr. X"), so
 * that "Pembimbing Lapangan" is no name. The caller checks that the text reads as a name.
 */
export function readRoleBeforeName(text: string): Supervisor | undefined {
  const [, role, separator, name] = ROLE_BEFORE_NAME.exec(text.trim()) ?? [];
  // A colon after the role's rank ("Pembimbing I: Dr. X") makes it a label, read as one.
  if (!role || !name || /[:：]/.test(name)) return undefined;
  const setApart = separator!.trim() !== '';
  return setApart ? (name.split(/\s+/).length >= 2 ? { name, role } : undefined) : hasLecturerMark(name) ? { name, role } : undefined;
}

/** True for a name carrying a lecturer's title ("Dr.", "Prof.") or degrees after a comma ("X, M.Si."). */
export function hasLecturerMark(name: string): boolean {
  return LECTURER_MARK.test(name);
}

/** Returns the role when `text` is nothing but a supervising role, without the "dosen" prefix. */
export function readRoleOnly(text: string): string | undefined {
  return ROLE_ONLY.exec(text.trim())?.[1];
}

/** Index in `text` where a supervisor label ("Pembimbing:", "Supervisors:") starts, or -1. */
export function findSupervisorLabel(text: string): number {
  return text.search(new RegExp(LABEL.source, 'iu'));
}

/**
 * Returns the supervisors named in `text`, in order, with the role as written without the
 * "dosen" (lecturer) prefix; a name keeps its titles and degrees as written.
 */
export function parseSupervisors(text: string): Supervisor[] {
  const labelled = parseLabelled(text);
  return labelled.length > 0 ? labelled : parseNarrative(text);
}
