/**
 * The items of "Menimbang" (a, b, c: the considerations) and "Mengingat" (1, 2, 3: the legal
 * basis). Every item ends with a semicolon, whatever marks it (a letter, a number, a dash, none,
 * or numbers printed apart from their items as some copies do), so items are split there.
 */
import { flatten, withoutFurniture } from './flat-text.ts';

const CONSIDERING = /\bMenimbang\s*:?/i;
const RECALLING = /\bMengingat\s*:?/i;
/**
 * What may follow the legal basis: "Memperhatikan", "Dengan Persetujuan Bersama" (a law),
 * "MEMUTUSKAN: Menetapkan", "MENGINSTRUKSIKAN" (an Inpres); or, in a copy that prints a summary
 * before the text, the text's own "Menimbang".
 */
const AFTER_BASIS = /\b(?:Memperhatikan|MEMUTUS|Memutuskan|Menetapkan|MENGINSTRUKSIKAN|Menimbang)|\bDengan\s+Persetujuan\b/i;

/** An item's own mark: "a.", "1.", "-", "•", a run of bare numbers ("1. 2. 3."), a stamp before it. */
const ITEM_MARK = /^(?:(?:[a-z]|\d{1,2})\s*[.)]\s*|[-–•]\s*|SALINAN\s+)+/;

/** Items end with a semicolon; some texts end them with a full stop before the next "b. bahwa". */
const ITEM_END = /(?<!&?(?:quot|amp|lt|gt|nbsp));\s*|(?<=\.)\s+(?=(?:[a-z]\s*\.\s*)?bahwa\b)/;

function itemsOf(section: string): string[] {
  return flatten(section)
    .split(ITEM_END)
    .map((item) => item.replace(ITEM_MARK, '').replace(/\s*\bSALINAN\b\s*$/, '').replace(/[.:]$/, '').trim())
    .filter((item) => /\p{L}{3,}/u.test(item));
}

/** The text between `start` and the first of `end` after it, or undefined without `start`. */
function sectionBetween(text: string, start: RegExp, end: RegExp): string | undefined {
  const opening = start.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening.index + opening[0].length);
  const closing = end.exec(rest);
  return closing ? rest.slice(0, closing.index) : rest;
}

/**
 * The considerations under "Menimbang", in order, each as one line of text. Only a block that
 * "Mengingat" closes is read: a copy that breaks off inside it would give a shorter list as if whole.
 */
export function readConsiderations(text: string): string[] {
  const kept = withoutFurniture(text);
  const section = sectionBetween(kept, CONSIDERING, RECALLING);
  if (section === undefined || !RECALLING.test(kept.slice(kept.search(CONSIDERING)))) return [];
  return itemsOf(section);
}

/** The legal basis under "Mengingat", in order, each as one line of text. */
export function readLegalBasis(text: string): string[] {
  const section = sectionBetween(withoutFurniture(text), RECALLING, AFTER_BASIS);
  return section === undefined ? [] : itemsOf(section);
}

/**
 * The instrument a legal-basis item cites, as the item names it: without the articles it opens
 * with ("Pasal 5 ayat (2) ..."), the gazette in brackets, and what amended it ("sebagaimana telah
 * diubah ...").
 */
export function citedInstrument(item: string): string {
  const opening = /^(?:Pasal|Bab)\b.*?(?=\b(?:Undang\s*-\s*[Uu]ndang|Peraturan|Keputusan|Instruksi)\b)/.exec(item);
  const named = opening ? item.slice(opening[0].length) : item;
  return named
    .replace(/\s*\([^()]*(?:Lembaran|Berita|Tambahan)[^()]*\)?/g, '')
    .replace(/,?\s+sebagaimana\b.*$/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
}
