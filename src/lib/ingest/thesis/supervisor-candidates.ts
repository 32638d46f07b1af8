/**
 * Evidence for a thesis's supervisors; each candidate is the whole list. Roles with their names
 * on the front ("Pembimbing I: Dr. X", or "Dosen Pembimbing Anggota :" over the names) weigh
 * most, the names under the roles of an approval page's signature block less, as that block is
 * read from columns, and an acknowledgement of "my supervisor, X" less again. A sentence naming them ("di bawah bimbingan X") runs over line ends, so it
 * is read from the reflowed block over the abstract, not here. A name is only taken where the
 * document names a person in a supervising role.
 */
import type { Candidate } from '../fields/candidates.ts';
import { opensWithUnitName } from './affiliation.ts';
import type { FrontLine } from './front-lines.ts';
import { readLabelledField } from './labelled-fields.ts';
import { looksLikeNameWithDegrees } from './person-name.ts';
import { markedSupervisors } from './marked-supervisors.ts';
import { readSignatureSupervisors } from './signature-block.ts';
import {
  findSupervisorLabel,
  parseSupervisors,
  readRoleBeforeName,
  readRoleOnly,
  roleWithoutPrefix,
  supervisorNameOnly,
  type Supervisor,
} from './supervisors.ts';

/** Honorifics that a cut line may leave alone in place of a name ("Pembimbing: (1) Dr."). */
const HONORIFICS = /\b(?:Prof|Dr|Drs|Dra|Ir|H|Hj)\.\s*/g;

/**
 * A supervisor's name: a name with its degrees, with more to it than an honorific. A unit in
 * capitals under the names ("PRODI HUKUM TATA NEGARA (SIYASAH)") reads like a name too, so a line
 * opening with a unit's name is none.
 */
function isSupervisorName(text: string): boolean {
  return looksLikeNameWithDegrees(text) && /\p{L}{2}/u.test(text.replace(HONORIFICS, '')) && !opensWithUnitName(text);
}

/** Compares lists of supervisors by their names: sources print the same role in other words. */
export function supervisorNames(list: readonly Supervisor[]): string {
  return list.map((s) => s.name).join(' | ');
}

/** The number of a numbered list before a name: "1.", "2)", "(1)", "II.". */
const LIST_NUMBER = /^(?:\(\d{1,2}\)|(?:\d{1,2}|[IVX]{1,3})[.)])\s+/u;

/** A member's place on a supervising committee, printed before the name: "Ketua: X", "Anggota : Y", "Chair: Z". */
const COMMITTEE_POSITION = /^(?:ketua|anggota|sekretaris|chair(?:person)?|members?)\s*[:：]\s*/i;

/**
 * The names with degrees on the lines after `index`, each without its list number or committee
 * position, up to the first line that is not one.
 */
function namesBelow(lines: readonly FrontLine[], index: number): string[] {
  const names: string[] = [];
  for (const { text } of lines.slice(index + 1)) {
    const name = supervisorNameOnly(text.replace(LIST_NUMBER, '').replace(COMMITTEE_POSITION, ''));
    if (!isSupervisorName(name) || readLabelledField(text)) break;
    names.push(name);
  }
  return names;
}

/**
 * The role a line heads with the names on the lines below it: a role label with nothing after its
 * colon ("Pembimbing:") or with the first item of a numbered list ("Pembimbing : 1. Dr. X" /
 * "2. Y"), or a role alone over members listed by their committee positions or by number
 * ("Komisi Pembimbing" / "Ketua: Dr. X" / "Anggota: Y", "Dosen Pembimbing" / "1. X" / "2. Y").
 */
function roleOverNames(lines: readonly FrontLine[], index: number): string | undefined {
  const field = readLabelledField(lines[index]!.text);
  if (field?.kind === 'supervisor' && (field.value === '' || LIST_NUMBER.test(field.value))) return roleWithoutPrefix(field.label);
  const next = lines[index + 1]?.text ?? '';
  return COMMITTEE_POSITION.test(next) || LIST_NUMBER.test(next) ? readRoleOnly(lines[index]!.text) : undefined;
}

/** The first item of a numbered list a supervisor label runs on into ("Pembimbing : 1. Dr. X"), as a name, if it is one. */
function listOpeningOnLabel(text: string): string[] {
  const value = readLabelledField(text)?.value ?? '';
  const name = supervisorNameOnly(value.replace(LIST_NUMBER, ''));
  return LIST_NUMBER.test(value) && isSupervisorName(name) ? [name] : [];
}

/**
 * The supervisors named after their role labels on the front, in page order; a label whose names
 * do not all read as names (a line cut after "Dr.") gives none.
 */
function labelledSupervisors(lines: readonly FrontLine[]): Supervisor[] {
  return lines.flatMap(({ text, index }) => {
    const role = roleOverNames(lines, index);
    if (role !== undefined) return [...listOpeningOnLabel(text), ...namesBelow(lines, index)].map((name) => ({ name, role }));
    const unlabelled = readRoleBeforeName(text);
    const signed = unlabelled && { ...unlabelled, name: supervisorNameOnly(unlabelled.name) };
    if (signed && isSupervisorName(signed.name)) return [signed];
    const at = findSupervisorLabel(text);
    const named = at < 0 ? [] : parseSupervisors(text.slice(at)).filter((s) => s.role !== undefined);
    return named.every((s) => isSupervisorName(s.name)) ? named : [];
  });
}

/**
 * A label that names the supervisors by what they did, the names after it or on the lines below:
 * "Supervised by:", "Dibimbing oleh :", "Di bawah bimbingan:".
 */
const SUPERVISED_BY = /^(?:supervised\s+by|dibimbing\s+oleh|di\s*bawah\s+bimbingan|under\s+the\s+supervision\s+of)\s*[:：]?\s*(.*)$/i;

/** Between names on the label's own line: a semicolon, "and", "dan" or "&". */
const NAMES_APART = /\s*;\s*|\s+(?:and|dan|&)\s+/i;

/**
 * The supervisors after a "supervised by" label, on its line or listed below it; the label names
 * no role, so none is given. A line whose parts do not all read as names gives none.
 */
function supervisedBy(lines: readonly FrontLine[]): Supervisor[] {
  return lines.flatMap(({ text, index }) => {
    const after = SUPERVISED_BY.exec(text.trim())?.[1];
    if (after === undefined) return [];
    const names = after === '' ? namesBelow(lines, index) : after.split(NAMES_APART).map((name) => name.trim());
    return names.every(isSupervisorName) ? names.map((name) => ({ name })) : [];
  });
}

/**
 * An acknowledgement naming the author's supervisor: "To my esteemed supervisor, Professor Clive
 * Walker, for ...", "my thesis advisor, Dr. Regina Karp,". The possessive ties the role to this
 * thesis; the name runs to the next comma or bracket and must read as a name of two words or more.
 */
const ACKNOWLEDGED_SUPERVISOR =
  /\bmy\s+(?:[\p{Ll}-]+\s+){0,2}(?<role>supervisor|advisor|adviser|promoter|promotor|dosen\s+pembimbing)\s*,\s+(?<name>[^,;()]+?)\s*[,;(]/giu;

/** The supervisors the acknowledgements name, each once. */
function acknowledgedSupervisors(lines: readonly FrontLine[]): Supervisor[] {
  return lines.flatMap(({ text }) =>
    [...text.matchAll(ACKNOWLEDGED_SUPERVISOR)].flatMap(({ groups }) => {
      const name = groups!.name!.trim();
      return name.split(/\s+/).length >= 2 && isSupervisorName(name) ? [{ name, role: groups!.role! }] : [];
    }),
  );
}

function listOf(supervisors: Supervisor[], score: number, reason: string): Candidate<Supervisor[]>[] {
  const unique = supervisors.filter((s, i) => supervisors.findIndex((t) => t.name === s.name) === i);
  return unique.length === 0 ? [] : [{ value: unique, score, reason }];
}

/**
 * Every list of supervisors the front proposes. `rawLines` are the front's lines before white
 * space is collapsed, where a signature block's columns can still be told apart.
 */
export function supervisorCandidates(lines: readonly FrontLine[], rawLines: readonly string[]): Candidate<Supervisor[]>[] {
  return [
    ...listOf(labelledSupervisors(lines), 0.85, 'names after their supervising roles'),
    ...listOf(supervisedBy(lines), 0.85, "names after a 'supervised by' label"),
    ...listOf(markedSupervisors(lines), 0.8, "names marked by a note naming a supervising role"),
    ...listOf(readSignatureSupervisors(rawLines), 0.7, "the approval page's signature block"),
    ...listOf(acknowledgedSupervisors(lines), 0.6, 'the acknowledgements name the supervisor'),
  ];
}
