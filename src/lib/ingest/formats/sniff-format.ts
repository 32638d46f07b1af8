/**
 * Tells the format of a raw document from its first bytes, not from its name: a file saved as
 * `.txt` may be a web page, and a PDF may come without an extension.
 */
import type { DocumentFormat } from './document-metadata.ts';

/** How far into the file the markers of a web page are looked for. */
const HTML_WINDOW = 1024;

/** A PDF starts with `%PDF-`; some writers put a few bytes of junk before it (allowed by readers). */
const PDF_WINDOW = 1024;

/** The header line, at the start of a line so that a text merely naming the format is not taken. */
const PDF_HEADER = /(?:^|[\r\n])%PDF-\d\.\d/;

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s)/i;

/** Returns the format of `bytes`: `pdf`, `html` or, for anything else, `text`. */
export function sniffFormat(bytes: Uint8Array): DocumentFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.max(PDF_WINDOW, HTML_WINDOW)));
  if (PDF_HEADER.test(head.slice(0, PDF_WINDOW))) return 'pdf';
  // A byte-order mark may precede the markup; UTF-16 pages are read as text, and refused there if binary.
  const start = head.replace(/^\u00ef\u00bb\u00bf/, '').slice(0, HTML_WINDOW);
  return HTML_START.test(start) ? 'html' : 'text';
}
