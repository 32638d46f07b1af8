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

/**
 * Turns a title into a slug of at most `maxLength` characters, cut at a word boundary.
 * Diacritics are folded ("Sätteri" → "satteri"); stop words are dropped unless nothing else is left.
 */
export function slugify(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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
