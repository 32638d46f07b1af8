/**
 * Slugs for entry ids: stable, readable, ASCII. An entry's slug is its URL segment, so a slug
 * once written must not change when the code that makes slugs is improved: the ingest reuses
 * the slug of an existing entry for the same source.
 */

/** Words dropped from slugs because they carry no meaning in either language. */
const STOP_WORDS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'dalam', 'untuk', 'pada', 'terhadap', 'dengan', 'atas', 'oleh',
  'the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'by', 'with', 'at',
]);

/** Lower case with diacritics folded ("Sätteri" → "satteri"); other non-ASCII stays for the caller. */
function foldToLowerAscii(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Turns a title into a slug of at most `maxLength` characters, cut at a word boundary.
 * Diacritics are folded ("Sätteri" → "satteri"); stop words are dropped unless nothing else is left.
 */
export function slugify(text: string, maxLength = 60): string {
  const words = foldToLowerAscii(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const chosen = meaningful.length > 0 ? meaningful : words;
  let slug = '';
  for (const word of chosen) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit still yields a slug, cut hard.
  return slug || (chosen[0] ?? '').slice(0, maxLength);
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
