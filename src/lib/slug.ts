/**
 * Safe ASCII names for kept source files, and the case and diacritic folding that entry ids
 * (`entry-id.ts`) share with them.
 */

/** Lower case with diacritics folded ("Sätteri" → "satteri"); other non-ASCII stays for the caller. */
export function foldToLowerAscii(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The longest stored source name the ingest derives, extension included. */
const MAX_SOURCE_NAME_LENGTH = 100;

/**
 * A stored source's file name that is safe everywhere it goes (file systems that ignore case,
 * URL paths, route parameters, YAML): lower-case ASCII letters, digits, `-` and `_`, in parts
 * joined by single dots, starting with a letter or digit.
 */
const SOURCE_FILE_SLUG = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/;

/** True when `name` may be kept as a source file name as it is. */
export function isSourceFileSlug(name: string): boolean {
  return name.length <= MAX_SOURCE_NAME_LENGTH && SOURCE_FILE_SLUG.test(name);
}

/**
 * The name a raw document is kept under in `content/sources/`: its own name when that is
 * already safe (so kept names never change), otherwise a slug of it that keeps a short
 * extension: `Laporan Akhir (v2).TXT` → `laporan-akhir-v2.txt`, `a#b.txt` → `a-b.txt`.
 * Percent signs are not decoded: `a%41b.txt` → `a-41b.txt`.
 */
export function sourceFileSlug(name: string): string {
  if (isSourceFileSlug(name)) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? foldToLowerAscii(name.slice(dot + 1)) : '';
  const keepsExtension = /^[a-z0-9]{1,10}$/.test(extension);
  const stem = keepsExtension ? name.slice(0, dot) : name;
  const suffix = keepsExtension ? `.${extension}` : '';
  const slug = foldToLowerAscii(stem)
    .replace(/[^a-z0-9_]+/g, '-')
    .slice(0, MAX_SOURCE_NAME_LENGTH - suffix.length)
    .replace(/^[-_]+|[-_]+$/g, '');
  return `${slug || 'source'}${suffix}`;
}
