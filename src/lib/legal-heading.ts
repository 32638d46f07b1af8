/**
 * The heading block of an Indonesian regulation as the law sets it (UU 12/2011, annex II): its
 * form, "NOMOR … TAHUN …", "TENTANG" and its subject, each on a line of its own, in capitals. It
 * is made from the Indonesian title alone ("Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan
 * Siber dan Sandi Negara"), so it holds no word the title lacks; a title of another shape (a
 * treaty's, a declaration's) gives none.
 */
const TITLE_PARTS = /^(.+?)\s+(Nomor\s+\S+(?:\s+Tahun\s+\d{4})?)\s+tentang\s+(.+)$/i;

/** The heading block's lines, or undefined when the title is not "<form> Nomor … tentang …". */
export function regulationHeading(title: string): string[] | undefined {
  const parts = TITLE_PARTS.exec(title.trim().replace(/\s+/g, ' '));
  if (!parts) return undefined;
  const capitals = (text: string) => text.toLocaleUpperCase('id');
  return [capitals(parts[1]!), capitals(parts[2]!), 'TENTANG', capitals(parts[3]!)];
}
