import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, UnreadablePdfError, type PdfText } from '../../../../src/lib/ingest/formats/read-pdf.ts';
import { REAL_DOCUMENTS } from '../../../fixtures/formats/real-documents.ts';
import type { ThesisPdf } from '../../../fixtures/formats/write-thesis-pdf.ts';

/** The skripsi laid out with a cover, running headers, page numbers and a two-column page 4. */
let written: ThesisPdf;
let read: PdfText;

beforeAll(async () => {
  written = await REAL_DOCUMENTS.find((d) => d.name === 'unhas-skripsi')!.pdf!();
  read = await readPdf(written.bytes);
});

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('readPdf', () => {
  it('gives one text per page, the cover first', () => {
    expect(read.pages).toHaveLength(Math.max(...written.pageOfParagraph));
    expect(read.pages[0]!.split('\n')).toEqual([
      'DAMPAK KERJA SAMA KEAMANAN SIBER ANTARA INDONESIA',
      'DAN BELANDA TERHADAP PENINGKATAN KEAMANAN SIBER DI',
      'INDONESIA',
      'MUH. FAIQ QUSHAYYI',
      'E061181339',
      'DEPARTEMEN ILMU HUBUNGAN INTERNASIONAL',
      'FAKULTAS ILMU SOSIAL DAN ILMU POLITIK',
      'UNIVERSITAS HASANUDDIN',
    ]);
  });

  it('keeps the running header and page number of each body page for the reflow to drop', () => {
    const lines = read.pages[1]!.split('\n');
    expect(lines[0]).toBe('Universitas Hasanuddin');
    expect(lines.at(-1)).toBe('1');
  });

  it('reads the two-column page column by column, so its sentences run on', () => {
    const page = flat(read.pages[3]!);
    expect(page).toContain(
      'Kejahatan siber ini bersifat global dan sering kali terjadi melintasi batas negara atau bersifat transnasional sehingga kejahatan siber ini terkadang begitu sulit untuk dideteksi',
    );
    expect(page).toContain('Indonesia sendiri saat ini merupakan negara dengan penggunaan internet yang sangat tinggi.');
  });

  it('has no Info hints when the document properties are not set', () => {
    expect(read.metadata).toEqual({});
  });

  it('keeps the Info title and author as hints, named as such', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Microsoft Word - skripsi final revisi.docx');
    doc.setAuthor('Faiq');
    doc.addPage().drawText('ABSTRAK', { x: 50, y: 700, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    const { metadata, pages } = await readPdf(await doc.save());
    expect(metadata).toEqual({
      title: { value: 'Microsoft Word - skripsi final revisi.docx', from: 'PDF Info Title' },
      authors: { value: ['Faiq'], from: 'PDF Info Author' },
    });
    expect(pages).toEqual(['ABSTRAK']);
  });

  it('refuses bytes it cannot open', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'))).rejects.toBeInstanceOf(UnreadablePdfError);
  });
});
