/**
 * One entry point for every input format: the format is told from the bytes ({@link sniffFormat}),
 * and each reader returns the same shape, the text the parsers read plus what the document states
 * about itself. Shared by the ingest and the source pages, so both read a document alike.
 */
import { readRawText } from '../read-raw-text.ts';
import { removeControlCharacters } from '../../text/control-characters.ts';
import { IngestError } from '../types.ts';
import type { SourceEncoding } from '../../source-text.ts';
import type { DocumentFormat, DocumentMetadata } from './document-metadata.ts';
import { readHtml } from './read-html.ts';
import { readPdf, UnreadablePdfError } from './read-pdf.ts';
import { sniffFormat } from './sniff-format.ts';

/** A raw document read as text. */
export interface ReadDocument {
  format: DocumentFormat;
  /**
   * The text the parsers read, with `\n` line endings and no control or bidirectional formatting
   * characters. For a PDF, the pages' texts joined with form feeds (`\f`), which the PDF reflow
   * takes as page breaks.
   */
  text: string;
  /** The encoding a text or web page was read in; a PDF has none of its own. */
  encoding?: SourceEncoding;
  metadata: DocumentMetadata;
  /** For a PDF, the text of each page (page 1 first), the form-feed separated parts of `text`. */
  pages?: string[];
}

/** Reads a raw document of any supported format; throws {@link IngestError} naming `file`. */
export async function readDocument(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  const format = sniffFormat(bytes);
  if (format === 'pdf') {
    let pdf;
    try {
      pdf = await readPdf(bytes);
    } catch (error) {
      if (error instanceof UnreadablePdfError) throw new IngestError(file, error.message);
      throw error;
    }
    // Cleaned page by page: the form feeds between pages are the reflow's page breaks.
    const pages = pdf.pages.map(removeControlCharacters);
    const text = pages.join('\f');
    if (text.trim() === '') {
      throw new IngestError(file, 'the PDF has no text layer (a scan?); run it through OCR first and ingest the text');
    }
    return { format, text, metadata: pdf.metadata, pages };
  }
  const { text, encoding } = readRawText(bytes, file);
  if (format === 'text') return { format, text: removeControlCharacters(text), encoding, metadata: {} };
  const html = readHtml(text);
  if (html.text.trim() === '') throw new IngestError(file, 'the web page has no main text to read');
  return { format, text: removeControlCharacters(html.text), encoding, metadata: html.metadata };
}
