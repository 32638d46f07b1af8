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
import { readRoleOnly, type Supervisor } from './supervisors.ts';

/** How many lines below the roles the names may stand (blank lines left for signing). */
const MAX_SIGNATURE_GAP = 6;

/** The columns of a line laid out side by side: parts separated by three or more spaces. */
function columns(line: string): string[] {
  return line
    .trim()
    .split(/\s{3,}/)
    .filter((part) => part !== '');
}

/** The roles a line holds when each of its columns is a supervising role and nothing else. */
function readRoleColumns(line: string): string[] | undefined {
  const parts = columns(line);
  const roles = parts.map(readRoleOnly);
  return parts.length > 0 && roles.every((role) => role !== undefined) ? (roles as string[]) : undefined;
}

/**
 * Returns the supervisors a signature block in `lines` names, each with the role printed over
 * them, in the order printed; empty when there is no such block. Only lines whose columns are
 * all supervising roles open a block, so the dean or examiners signing beside them are not taken.
 */
export function readSignatureSupervisors(lines: readonly string[]): Supervisor[] {
  const supervisors: Supervisor[] = [];
  lines.forEach((line, index) => {
    const roles = readRoleColumns(line);
    if (!roles) return;
    const below = lines.slice(index + 1, index + 1 + MAX_SIGNATURE_GAP);
    const namesLine = below.find((next) => next.trim() !== '');
    const names = namesLine === undefined ? [] : columns(namesLine);
    if (names.length !== roles.length || !names.every(looksLikeNameWithDegrees)) return;
    names.forEach((name, n) => supervisors.push({ name, role: roles[n]! }));
  });
  return supervisors;
}
