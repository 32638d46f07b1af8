/**
 * Gazette references: "Lembaran Negara Republik Indonesia Tahun 2008 Nomor 166", "Tambahan
 * Lembaran Negara Republik Indonesia Nomor 4916", "Berita Negara Republik Indonesia Tahun 2021
 * Nomor 1120". Laws and government regulations appear in the Lembaran Negara, ministerial and
 * agency regulations in the Berita Negara, regional ones in the Lembaran or Berita Daerah.
 */

export interface GazetteReference {
  /** The gazette's name as printed, in the case the text gives it. */
  name: string;
  year: number;
  number: string;
  /** The whole reference as printed. */
  printed: string;
}

const GAZETTE =
  /(?<!Tambahan\s)\b(?<name>(?:Lembaran|Berita)\s+(?:Negara|Daerah)(?:\s+(?!Tahun\b)\p{L}+){0,4}?)\s+Tahun\s+(?<year>\d{4})\s+Nomor\s+(?<number>\d+)/iu;
const SUPPLEMENT = /\bTambahan\s+Lembaran\s+(?:Negara|Daerah)(?:\s+(?!Nomor\b)\p{L}+){0,4}?\s+Nomor\s+(?<number>\d+)/iu;

/** The first gazette reference in `text`. */
export function readGazette(text: string): GazetteReference | undefined {
  const found = GAZETTE.exec(text.replace(/\s+/g, ' '));
  if (!found?.groups) return undefined;
  return { name: found.groups.name!, year: Number(found.groups.year), number: found.groups.number!, printed: found[0] };
}

/** The header form a gazette page opens with: "LEMBARAN NEGARA REPUBLIK INDONESIA No.93, 2015". */
const HEADER_GAZETTE = /\b(?<name>(?:LEMBARAN|BERITA)\s+(?:NEGARA|DAERAH)(?:\s+[A-Z]+){0,4}?)\s+No\.\s*(?<number>\d+)\s*,\s*(?<year>\d{4})\b/;
/** A database header's source line: "LN 1979/2". */
const SHORT_GAZETTE = /\b(?<name>LN|BN)\s*(?<year>\d{4})\s*\/\s*(?<number>\d+)\b/;

/** A gazette reference in the header forms copies print above or beside a regulation. */
export function readHeaderGazette(text: string): GazetteReference | undefined {
  const flat = text.replace(/\s+/g, ' ');
  const found = HEADER_GAZETTE.exec(flat) ?? SHORT_GAZETTE.exec(flat);
  if (!found?.groups) return undefined;
  return { name: found.groups.name!, year: Number(found.groups.year), number: found.groups.number!, printed: found[0] };
}

/** The supplement (Tambahan Lembaran Negara ... Nomor 4916, or a header's "TLN NO. 3130") as printed. */
export function readGazetteSupplement(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ');
  return (SUPPLEMENT.exec(flat) ?? /\bTLN\s*NO\.?\s*\d+/.exec(flat))?.[0];
}
