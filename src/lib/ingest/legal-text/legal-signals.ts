/**
 * The marks of a regulation's text, for the kind detection: the heading "... NOMOR ... TENTANG",
 * the invocation "DENGAN RAHMAT TUHAN YANG MAHA ESA", "Menimbang", "Mengingat", "MEMUTUSKAN:
 * Menetapkan" and articles ("Pasal 1"). No thesis or news item prints them together; a study
 * that quotes one of them gets a point, not the kind. An international instrument has marks of
 * its own (`instrument-signals.ts`).
 */
import type { Likeness } from '../study-signals.ts';
import { flatten } from './flat-text.ts';
import { INVOCATION } from './heading.ts';
import { looksLikeInstrument } from './instrument-signals.ts';

const SIGNALS: ReadonlyArray<{ pattern: RegExp; points: number; reason: string }> = [
  { pattern: /\b(?:UNDANG\s*-\s*UNDANG|PERATURAN|KEPUTUSAN|INSTRUKSI)\b[A-Z\s/,.-]{0,160}?\bNOMOR\b[^a-z]{0,60}?\bTENTANG\b/, points: 2, reason: 'regulation heading "... NOMOR ... TENTANG"' },
  { pattern: new RegExp(INVOCATION.source, 'i'), points: 2, reason: 'invocation "DENGAN RAHMAT TUHAN YANG MAHA ESA"' },
  { pattern: /\bMenimbang\s*:?\s*(?:a\s*\.\s*)?bahwa\b/i, points: 1, reason: 'considerations "Menimbang"' },
  { pattern: /\bMengingat\s*:/i, points: 1, reason: 'legal basis "Mengingat"' },
  { pattern: /\bMEMUTUSKAN\s*:?\s*Menetapkan\b/i, points: 1, reason: '"MEMUTUSKAN: Menetapkan"' },
];

/** How much `text` reads like a regulation, and why. */
function looksLikeRegulation(text: string): Likeness {
  const flat = flatten(text.slice(0, 20000));
  const found = SIGNALS.filter(({ pattern }) => pattern.test(flat));
  return { score: found.reduce((sum, { points }) => sum + points, 0), reasons: found.map(({ reason }) => reason) };
}

/**
 * How much `text` reads like a legal text, and why: the stronger of its evidence as a regulation
 * and as an international instrument (a ratification law quotes a treaty's words, but is a regulation).
 */
export function looksLikeLegal(text: string): Likeness {
  const regulation = looksLikeRegulation(text);
  const instrument = looksLikeInstrument(text);
  return instrument.score > regulation.score ? instrument : regulation;
}
