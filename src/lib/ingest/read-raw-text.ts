import { decodeSourceText, UndecodableSourceError, type SourceEncoding } from '../source-text.ts';
import { IngestError } from './types.ts';

export interface RawText {
  /** The text with `\n` line endings. */
  text: string;
  /** The encoding it was read in, for the ingest to say when it is not UTF-8. */
  encoding: SourceEncoding;
}

/**
 * Decodes a raw document's bytes the way the site shows them ({@link decodeSourceText}) and
 * refuses what is not a text document: an empty or blank file, a binary file or bytes in no
 * encoding it reads. Line endings are made `\n`.
 */
export function readRawText(bytes: Uint8Array, file: string): RawText {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  let decoded;
  try {
    decoded = decodeSourceText(bytes);
  } catch (error) {
    if (error instanceof UndecodableSourceError) throw new IngestError(file, error.message);
    throw error;
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return { text, encoding: decoded.encoding };
}
