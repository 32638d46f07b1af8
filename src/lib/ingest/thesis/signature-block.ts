/**
 * Supervisors read from the signature block of an approval page: the roles on one line, space
 * for the signatures, then the names under them, often in two columns side by side:
 *
 *     Pembimbing I                     Pembimbing II
 *
 *     Dr. X, M.Si.                     Y, S.IP., M.A.
 *     NIP. 19780512...                 NIP. 19861103...
 *
 * The columns are told apart by the wide gaps the extraction keeps between them, so this reads
 * lines before they are reflowed.
 */
import { looksLikeNameWithDegrees } from './person-name.ts';
import { hasLecturerMark, readLeadingRoles, readRoleOnly, readRunTogetherRoles, STAFF_NUMBER_AFTER, supervisorNameOnly, type Supervisor } from './supervisors.ts';

/** How many lines below the roles the names may stand (blank lines left for signing). */
const MAX_SIGNATURE_GAP = 6;

/** The columns of a line laid out side by side: parts separated by three or more spaces. */
function columns(line: string): string[] {
  return line
    .trim()
    .split(/\s{3,}/)
    .filter((part) => part !== '');
}

/** The roles a line holds when each of its columns is a supervising role and nothing else, or the roles run together on it. */
function readRoleColumns(line: string): string[] | undefined {
  const parts = columns(line);
  const roles = parts.map(readRoleOnly);
  if (parts.length > 0 && roles.every((role) => role !== undefined)) return roles as string[];
  return parts.length === 1 ? readRunTogetherRoles(parts[0]!) : undefined;
}

/** A word that more degrees follow: it ends on a comma, or on a comma and a stray full stop ("S.IP,."). */
const MORE_DEGREES = /,\.?$/;

/**
 * Splits names with degrees run together on one line ("Asih Lestari, S.IP., M.IP M. Riza Hanafi,
 * S.IP., MIA") into `count` names. Degrees after a name are separated by commas, so a name ends at
 * its first degree with no comma after it. A name with no degrees after it cannot be told from
 * the next, and gives no split.
 */
export function splitRunTogetherNames(line: string, count: number): string[] | undefined {
  const names: string[] = [];
  let current: string[] = [];
  let inDegrees = false;
  for (const word of line.trim().split(/\s+/)) {
    current.push(word);
    if (!inDegrees) {
      inDegrees = MORE_DEGREES.test(word);
    } else if (!MORE_DEGREES.test(word)) {
      names.push(current.join(' '));
      current = [];
      inDegrees = false;
    }
  }
  return current.length === 0 && names.length === count && names.every(looksLikeNameWithDegrees) ? names : undefined;
}

/** The names printed under `count` roles: one per column, or run together on one line, each without its brackets and signing space. */
function namesUnder(line: string, count: number): string[] {
  const parts = columns(line);
  if (parts.length === count || count < 2 || parts.length !== 1) return parts.map(supervisorNameOnly);
  return (splitRunTogetherNames(parts[0]!, count) ?? parts).map(supervisorNameOnly);
}

/** A label and its colon opening what stands under a role ("Ketua: Dr. X"): a list of members, not a signature. */
const LABEL_BEFORE_NAME = /^\p{L}+\s*[:：]/u;

/**
 * Returns the supervisors a signature block in `lines` names, each with the role printed over
 * them (or under them and their staff numbers, where the page is laid out so), in the order
 * printed; empty when there is no such block. Only lines whose columns are all supervising roles
 * open a block, so the dean or examiners signing beside them are not taken.
 */
export function readSignatureSupervisors(lines: readonly string[]): Supervisor[] {
  const supervisors: Supervisor[] = [];
  const firstRole = lines.findIndex((line) => readRoleColumns(line) !== undefined);
  // Some approval pages print each role under the name and staff number it belongs to; the first role tells the layout.
  const rolesUnderNames = firstRole >= 0 && namesAboveRole(lines, firstRole) !== undefined;
  lines.forEach((line, index) => {
    const roles = readRoleColumns(line);
    if (!roles) {
      supervisors.push(...rolesThenNames(line));
      return;
    }
    const names = (rolesUnderNames ? namesAboveRole(lines, index) : namesBelowRole(lines, index)) ?? [];
    if (names.length !== roles.length || !names.every((name) => looksLikeNameWithDegrees(name) && !LABEL_BEFORE_NAME.test(name))) return;
    names.forEach((name, n) => supervisors.push({ name, role: roles[n]! }));
  });
  return supervisors;
}

/**
 * The supervisors of a signature block whose lines ran into one: the roles side by side, then
 * the names with their degrees, then the staff numbers ("Pembimbing I Pembimbing II X, S.IP,. MA
 * Y, S.IP,. MA NIP.1985... NIP."). Each role takes the name in its place; none unless every name
 * splits off by its degrees.
 */
function rolesThenNames(line: string): Supervisor[] {
  const { roles, rest } = readLeadingRoles(line);
  if (roles.length < 2 || rest === '') return [];
  const names = splitRunTogetherNames(rest.replace(STAFF_NUMBER_AFTER, ''), roles.length) ?? [];
  return names.filter((name) => !LABEL_BEFORE_NAME.test(name)).length === roles.length ? names.map((name, n) => ({ name, role: roles[n]! })) : [];
}

/** The names on the first line with text under the roles on line `index`, within the gap left for signing. */
function namesBelowRole(lines: readonly string[], index: number): string[] | undefined {
  const roles = readRoleColumns(lines[index]!)!;
  const namesLine = lines.slice(index + 1, index + 1 + MAX_SIGNATURE_GAP).find((next) => next.trim() !== '');
  return namesLine === undefined ? undefined : namesUnder(namesLine, roles.length);
}

/** A lecturer's staff number line under a signed name: "NIP. 19780512...", "NIDN 0012038601". */
const STAFF_NUMBER_LINE = /^(?:NIP|NIDN|NIDK|NIK)\b/i;

/**
 * The names over the roles on line `index` when a staff number line stands right over the roles
 * and the names right over that ("Dr. X, M.Si." / "NIP. 1978..." / "Pembimbing I"), or when the
 * names stand right over the roles with a lecturer's title or degrees ("Isyana Adriani, BA., M.Si"
 * / "Thesis Adviser"), which tells them from a heading or an author's name; else undefined.
 */
function namesAboveRole(lines: readonly string[], index: number): string[] | undefined {
  const count = readRoleColumns(lines[index]!)!.length;
  const [twoAbove, above] = [lines[index - 2], lines[index - 1]];
  if (above === undefined) return undefined;
  if (STAFF_NUMBER_LINE.test(above.trim())) {
    const names = twoAbove === undefined ? [] : namesUnder(twoAbove, count);
    return names.length > 0 && names.every(looksLikeNameWithDegrees) ? names : undefined;
  }
  const signed = namesUnder(above, count);
  return signed.length === count && signed.every((name) => looksLikeNameWithDegrees(name) && hasLecturerMark(name)) ? signed : undefined;
}
