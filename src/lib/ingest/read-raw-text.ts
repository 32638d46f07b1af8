import { IngestError } from './types.ts';

/**
 * Decodes a raw document's bytes as UTF-8 text, refusing what is not a text document:
 * an empty or blank file, a binary file (NUL bytes) or bytes that are not valid UTF-8.
 * A byte-order mark is dropped and line endings are made `\n`.
 */
export function readRawText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.includes(0)) throw new IngestError(file, 'the file is binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'the file is not valid UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return text;
}
