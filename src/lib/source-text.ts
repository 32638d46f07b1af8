/**
 * How a raw source document's bytes become text, shared by the ingest (which parses the text)
 * and the site (which shows it), so both read a document the same way. The bytes themselves
 * are kept as received; only their reading is decided here.
 *
 * Files saved on Windows often come as UTF-16 with a byte-order mark or as Windows-1252, so
 * besides UTF-8 (with or without a BOM) those are read too. Decoding is done by TextDecoder
 * (Node carries the full ICU tables); nothing here maps bytes by hand.
 */

/** The encodings a source document may be in. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How each encoding is named to people. */
export const ENCODING_NAMES: Record<SourceEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export interface DecodedSource {
  /** The text, without its byte-order mark; line endings as in the file. */
  text: string;
  encoding: SourceEncoding;
}

/** Why bytes could not be read as text; the caller adds the file's name. */
export class UndecodableSourceError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UndecodableSourceError';
  }
}

const BOMS: Array<{ bytes: number[]; encoding: SourceEncoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function encodingFromBom(bytes: Uint8Array): SourceEncoding | undefined {
  return BOMS.find(({ bytes: bom }) => bom.every((byte, i) => bytes[i] === byte))?.encoding;
}

/** Decodes strictly; TextDecoder drops the byte-order mark itself. */
function decodeStrictly(bytes: Uint8Array, encoding: SourceEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Windows-1252 leaves five bytes unassigned, and TextDecoder turns them into C1 controls: a text
// holding one of those is not Windows-1252 either.
const C1_CONTROL = /[\u0080-\u009f]/;

/**
 * Reads a source document's bytes as text: a byte-order mark decides between UTF-8, UTF-16 LE
 * and UTF-16 BE; without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252. Throws an
 * {@link UndecodableSourceError} for binary data (NUL bytes) and for bytes none of these read.
 */
export function decodeSourceText(bytes: Uint8Array): DecodedSource {
  const marked = encodingFromBom(bytes);
  if (marked) {
    const text = decodeStrictly(bytes, marked);
    const name = ENCODING_NAMES[marked];
    if (text === undefined) throw new UndecodableSourceError(`the file starts with a ${name} byte-order mark but is not valid ${name}`);
    if (text.includes('\0')) throw new UndecodableSourceError('the file is binary (it contains NUL characters), not text');
    return { text, encoding: marked };
  }
  if (bytes.includes(0)) {
    throw new UndecodableSourceError('the file is binary (it contains NUL bytes and no UTF-16 byte-order mark), not text');
  }
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const windows1252 = new TextDecoder('windows-1252').decode(bytes);
  if (C1_CONTROL.test(windows1252)) {
    throw new UndecodableSourceError('the file is neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1252 text');
  }
  return { text: windows1252, encoding: 'windows-1252' };
}
