/**
 * Supervisors printed among a paper's names and told apart by the notes that explain the marks
 * after the names, as journal versions of a skripsi print them:
 *
 *     Andi Pratama*, Budi Santoso**, Citra Lestari***
 *     *Mahasiswa Fakultas Hukum Universitas X
 *     **Dosen Pembimbing I, Fakultas Hukum Universitas X
 *     ***Dosen Pembimbing II, Fakultas Hukum Universitas X
 *
 * A name is a supervisor only where the note for its mark names a supervising role; a note that
 * says "Dosen" alone makes nobody a supervisor, as a co-author may be a lecturer too.
 */
import type { FrontLine } from './front-lines.ts';
import { isNamesLine, NAME_SEPARATOR, stripNameMarkers } from './front-line-kinds.ts';
import { roleWithoutPrefix, SUPERVISOR_LABEL, type Supervisor } from './supervisors.ts';

/** A mark: one to three asterisks, or a single digit, plain or raised. */
const MARK = String.raw`\*{1,3}|[1-9]|[¹²³⁴⁵⁶⁷⁸⁹]`;

/** A note opening with its mark, then what the mark stands for: "** Dosen Pembimbing I, ...". */
const NOTE = new RegExp(String.raw`^(${MARK})\s*(?=\p{L})(.+)$`, 'u');

/** A supervising role within a note, as a whole word: "Dosen Pembimbing II", "Supervisor". */
const ROLE_IN_NOTE = new RegExp(String.raw`(?:^|[\s,(])(${SUPERVISOR_LABEL})(?![\p{L}\p{N}])`, 'iu');

/** A name with its mark after it: "Budi Santoso**", "Budi Santoso2". */
const MARKED_NAME = new RegExp(String.raw`^(.*\p{L}\.?)\s*(${MARK})$`, 'u');

/** The role each mark's note names, for the marks whose notes name a supervising role. */
function supervisingMarks(lines: readonly FrontLine[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const { text } of lines) {
    const [, mark, note] = NOTE.exec(text.trim()) ?? [];
    const role = note === undefined ? undefined : ROLE_IN_NOTE.exec(note)?.[1];
    if (mark && role && !roles.has(mark)) roles.set(mark, roleWithoutPrefix(role.trim()));
  }
  return roles;
}

/** The names on the front's names lines whose marks' notes name a supervising role, with that role, in page order. */
export function markedSupervisors(lines: readonly FrontLine[]): Supervisor[] {
  const roles = supervisingMarks(lines);
  if (roles.size === 0) return [];
  return lines
    .filter(({ text }) => isNamesLine(text))
    .flatMap(({ text }) => text.split(NAME_SEPARATOR))
    .flatMap((part) => {
      const [, name, mark] = MARKED_NAME.exec(part.trim().replace(/,$/, '')) ?? [];
      const role = mark === undefined ? undefined : roles.get(mark);
      return name && role ? [{ name: stripNameMarkers(name), role }] : [];
    });
}
