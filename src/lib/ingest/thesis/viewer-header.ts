/**
 * The header a document-sharing site's viewer prints over a stored copy: the upload's name, the
 * site's menus, then the viewer's page counter ("UNIKOM - Name - Jurnal" / "You might also like" /
 * "Download as pdf or txt" / "You are on page 1of 15"). All of it is the site's. The counter is
 * kept, the copy then opening on it as most stored copies do, so it is read as the chrome it is.
 */

/** The viewer's counter on its first page: "You are on page 1of 15", "Anda di halaman 1dari 8", "Sei sulla pagina 1di 35". */
const FIRST_PAGE_COUNTER = /^(?:you\s+are\s+on\s+page|anda\s+di\s+halaman|sei\s+sulla\s+pagina)\s*1\s*(?:of|dari|di)\s*\d+$/i;

/** Most non-blank lines over the counter: the upload's name and a few menu entries. */
const MAX_HEADER_LINES = 8;

/** `text` from its first page's counter on, without the sharing site's header over it; unchanged when it has none near its top. */
export function withoutViewerHeader(text: string): string {
  const lines = text.split('\n');
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (FIRST_PAGE_COUNTER.test(line.trim())) return lines.slice(index).join('\n');
    if (++seen >= MAX_HEADER_LINES) break;
  }
  return text;
}
