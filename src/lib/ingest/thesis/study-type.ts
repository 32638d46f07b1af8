/**
 * The kind of study as the text names it: "Skripsi", "Tesis", "Disertasi", "Undergraduate
 * thesis", or "Artikel" for a journal article that calls itself one.
 */

const TYPE_NAME =
  "(?:skripsi|tesis|disertasi|tugas akhir|undergraduate thesis|bachelor'?s thesis|master'?s thesis|doctoral dissertation|dissertation|thesis|artikel(?: penelitian)?|(?:research |original )?article)";

/** A line that is nothing but the type, as on a cover page. */
const TYPE_LINE = new RegExp(`^[*_]*(${TYPE_NAME})[*_]*\\.?$`, 'i');

/** The text calling itself by its type: "skripsi ini", "this undergraduate thesis". */
const SELF_REFERENCE = new RegExp(`\\b(?:(${TYPE_NAME})\\s+ini\\b|\\bthis\\s+(${TYPE_NAME})\\b)`, 'i');

/** True when `text` is nothing but the name of a kind of study ("Skripsi", "Undergraduate Thesis"). */
export function isStudyTypeName(text: string): boolean {
  return TYPE_LINE.test(text.trim());
}

/**
 * Returns the study type named in `paragraphs`: a paragraph that is only the type wins, then a
 * sentence where the text names itself ("Skripsi ini ..."). The type is returned as written.
 */
export function findStudyType(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    const line = TYPE_LINE.exec(paragraph.trim());
    if (line) return line[1];
  }
  for (const paragraph of paragraphs) {
    const self = SELF_REFERENCE.exec(paragraph);
    if (self) return self[1] ?? self[2];
  }
  return undefined;
}
