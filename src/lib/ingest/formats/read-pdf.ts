/**
 * Reads a PDF with Mozilla's pdf.js (the legacy build, made for Node): the text of each page in
 * reading order, joined with form feeds, the page break the PDF reflow already understands. The
 * document properties (Info Title and Author) are kept only as weak hints: writers fill them with
 * file names and user accounts as often as with the real title.
 *
 * pdf.js is set up to stay on this machine: its worker runs in this thread from the installed
 * package, and font and character-map data are read from the package folder, never fetched.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { DocumentMetadata } from './document-metadata.ts';
import { assemblePageLines, type TextPiece } from './pdf-lines.ts';

// pdf.js looks for an already loaded worker here before it would import one by path.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfWorker;

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A PDF's text, page by page. */
export interface PdfText {
  /** Each page's lines joined with `\n`; an empty string for a page without text. */
  pages: string[];
  metadata: DocumentMetadata;
}

/** Thrown for bytes pdf.js cannot open (damaged, encrypted); the caller names the file. */
export class UnreadablePdfError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadablePdfError';
  }
}

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
}

/** Info Title and Author, when they hold more than white space. */
function infoHints(info: PdfInfo): DocumentMetadata {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const title = text(info.Title);
  const author = text(info.Author);
  return {
    ...(title ? { title: { value: title, from: 'PDF Info Title' } } : {}),
    ...(author ? { authors: { value: [author], from: 'PDF Info Author' } } : {}),
  };
}

/** Reads every page's text and the document's Info hints. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller's bytes are kept as received.
    data: new Uint8Array(bytes),
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    wasmUrl: join(PDFJS_DIR, 'wasm/'),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new UnreadablePdfError(`pdf.js cannot open it (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = content.items.flatMap((item) =>
        'str' in item
          ? [{ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) }]
          : [],
      );
      pages.push(assemblePageLines(pieces).join('\n'));
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    return { pages, metadata: infoHints(info as PdfInfo) };
  } finally {
    await pdf.destroy();
  }
}
