/**
 * The elucidation (PENJELASAN) printed after a law or government regulation: "PENJELASAN ATAS
 * UNDANG-UNDANG ... I. UMUM ... II. PASAL DEMI PASAL Pasal 1 Cukup jelas." It starts at its own
 * heading, in capitals, which the body never prints.
 */
import { withoutFurniture } from './flat-text.ts';

const HEADING = /(?:^|\n)[ \t]*PENJELASAN\s+ATAS\b/;

/** Splits `text` into the regulation and its elucidation (absent when it prints none). */
export function splitElucidation(text: string): { regulation: string; elucidation?: string } {
  const found = HEADING.exec(text);
  if (!found) return { regulation: text };
  return { regulation: text.slice(0, found.index), elucidation: text.slice(found.index).trim() };
}

/** The elucidation as paragraphs: its lines joined, a new paragraph at each heading or article. */
export function elucidationParagraphs(elucidation: string): string[] {
  const lines = withoutFurniture(elucidation)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const paragraphs: string[] = [];
  const opens = (line: string) => /^(?:[IVX]+\.\s|Pasal\s+\d+[A-Z]?$|Ayat\s+\(\d+\)$|Huruf\s+[a-z]$|Angka\s+\d+$|\(\d+\)\s)/.test(line);
  let previousWasLabel = true;
  for (const line of lines) {
    if (paragraphs.length === 0 || opens(line) || previousWasLabel) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
    previousWasLabel = /^(?:Pasal\s+\d+[A-Z]?|Ayat\s+\(\d+\)|Huruf\s+[a-z]|Angka\s+\d+)$/.test(line) || /^PENJELASAN\b|^ATAS\b|^[A-Z0-9 ,.\-/()]+$/.test(line);
  }
  return paragraphs;
}
