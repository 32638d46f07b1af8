/**
 * Form-style lines on a thesis cover or abstract page, a label and a colon before the value:
 * "Nama : X", "Oleh: X", "Judul Skripsi : Y", "NIM : Z", "Program Studi : W", "Pembimbing :".
 */
import { SUPERVISOR_LABEL } from './supervisors.ts';

/** The cover-page fields a label can name. */
export type FieldKind = 'title' | 'author' | 'studentNumber' | 'supervisor' | 'department' | 'faculty' | 'institution';

const FIELD_LABELS: Record<FieldKind, string> = {
  title: 'judul(?:\\s+(?:skripsi|tesis|disertasi|penelitian|tugas\\s+akhir))?|(?:thesis\\s+)?title(?:\\s+of\\s+(?:the\\s+)?thesis)?',
  author:
    "nama(?:\\s+(?:mahasiswa|mahasiswi|penulis|lengkap))?|(?:student(?:'s)?\\s+)?name|student|penulis(?:\\s+utama)?|pengarang|(?:main\\s+)?authors?|creators?|(?:haupt)?verfasser(?:in)?|(?:(?:disusun|ditulis|diajukan)\\s+)?oleh|(?:written\\s+)?by",
  studentNumber:
    'NIM|NPM|NRP|NIRM|ID|no\\.?\\s*(?:mhs|BP)\\.?|nomor\\s+(?:(?:pokok|induk)\\s+)?mahasiswa|student\\s+(?:ID|number|no\\.?)|registration\\s+number',
  supervisor: SUPERVISOR_LABEL,
  department: 'program\\s+studi|prodi|jurusan|departemen|department|study\\s+program(?:me)?|konsentrasi|peminatan|major',
  faculty: 'fakultas|faculty',
  institution: 'universitas|university|perguruan\\s+tinggi|institution',
};

const KINDS = Object.keys(FIELD_LABELS) as FieldKind[];

const FIELD_LINE = new RegExp(
  `^[*_]*(?:${KINDS.map((kind) => `(?<${kind}>${FIELD_LABELS[kind]})`).join('|')})[*_]*\\s*[:：]\\s*(?<value>.*)$`,
  'i',
);

/** A field's label inside a line, with its colon: where a form run into one line splits. */
const LABEL_INSIDE = new RegExp(`\\s+(?=(?:${KINDS.map((kind) => FIELD_LABELS[kind]).join('|')})\\s*[:：]\\s)`, 'giu');

/**
 * Splits a form whose fields were run into one line ("Student : Anita Herlina ID : 2188306
 * Supervisor : Dr X") at each field's label; a line opening with one label only is left whole,
 * as its value may hold a colon of its own.
 */
export function splitFormFields(line: string): string[] {
  if (!readLabelledField(line)) return [line];
  const parts = line.split(LABEL_INSIDE);
  return parts.length > 1 && parts.every((part) => readLabelledField(part) !== undefined) ? parts : [line];
}

/** A "Label : value" line of a cover page or form, read as one field. */
export interface LabelledField {
  kind: FieldKind;
  /** The label as written, e.g. "Nama Mahasiswa". */
  label: string;
  /** What follows the colon, possibly empty when the value is printed on the next lines. */
  value: string;
}

/** Reads `line` as a labelled field of a thesis form, or returns undefined. */
export function readLabelledField(line: string): LabelledField | undefined {
  const match = FIELD_LINE.exec(line.trim());
  const groups = match?.groups;
  if (!groups) return undefined;
  const kind = KINDS.find((k) => groups[k] !== undefined)!;
  return { kind, label: groups[kind]!, value: (groups.value ?? '').trim() };
}
