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
}

const GAZETTE =
  /(?<!Tambahan\s)\b(?<name>(?:Lembaran|Berita)\s+(?:Negara|Daerah)(?:\s+(?!Tahun\b)\p{L}+){0,4}?)\s+Tahun\s+(?<year>\d{4})\s+Nomor\s+(?<number>\d+)/iu;
const SUPPLEMENT = /\bTambahan\s+Lembaran\s+(?:Negara|Daerah)(?:\s+(?!Nomor\b)\p{L}+){0,4}?\s+Nomor\s+(?<number>\d+)/iu;

/** The first gazette reference in `text`. */
export function readGazette(text: string): GazetteReference | undefined {
  const found = GAZETTE.exec(text.replace(/\s+/g, ' '));
  if (!found?.groups) return undefined;
  return { name: found.groups.name!, year: Number(found.groups.year), number: found.groups.number! };
}

/** The supplement number (Tambahan Lembaran Negara) in `text`. */
export function readGazetteSupplement(text: string): string | undefined {
  return SUPPLEMENT.exec(text.replace(/\s+/g, ' '))?.groups?.number;
}

/** "Lembaran Negara Republik Indonesia Tahun 2017 Nomor 100": the reference as one line. */
export function gazetteLabel(gazette: GazetteReference): string {
  return `${gazette.name} Tahun ${gazette.year} Nomor ${gazette.number}`;
}
