/** Markers that open a numbered, lettered or bulleted item at the start of a line. */

/** A list marker read at the start of a line, with the text after it. */
export interface ListMarker {
  kind: 'number' | 'letter' | 'bullet';
  /** The marker as written, e.g. "1.", "A.", "b)", "•". */
  marker: string;
  /** The item number for numbers, the letter for letters. */
  value: string;
  /** The text after the marker. */
  rest: string;
}

/**
 * Returns the list marker that opens `line`, if any: "1." / "2)" / "1.2" numbers, "A." / "b)"
 * single letters followed by a word, and bullets ("-", "•", "*" followed by a space).
 */
export function readListMarker(line: string): ListMarker | undefined {
  const text = line.trim();
  const number = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+(\S.*)$/.exec(text);
  if (number) {
    return { kind: 'number', marker: number[1]!, value: number[1]!.replace(/[.)]$/, ''), rest: number[2]! };
  }
  // A single capital followed by ". " is also how initials and degrees look ("S. IP, MIRAP"),
  // so a letter followed by a short all-capital word is not taken as an item.
  const letter = /^([A-Za-z])([.)])\s+(\p{L}{2,}.*)$/u.exec(text);
  if (letter && !/^\p{Lu}{2,4},/u.test(letter[3]!)) return { kind: 'letter', marker: letter[1]! + letter[2]!, value: letter[1]!, rest: letter[3]! };
  const bullet = /^([-•▪●◦‣*])\s+(\S.*)$/.exec(text);
  if (bullet) return { kind: 'bullet', marker: bullet[1]!, value: bullet[1]!, rest: bullet[2]! };
  return undefined;
}
