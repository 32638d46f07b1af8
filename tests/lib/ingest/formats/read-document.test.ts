import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/lib/ingest/formats/read-document.ts';
import { writeThesisPdf } from '../../../fixtures/formats/write-thesis-pdf.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readDocument', () => {
  it('reads a PDF as its pages joined with form feeds, whatever the file is called', async () => {
    const { bytes } = await writeThesisPdf({
      cover: ['JUDUL SKRIPSI'],
      paragraphs: ['ABSTRAK', 'Penelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan siber.'],
    });
    const read = await readDocument(bytes, 'skripsi.txt');
    expect(read.format).toBe('pdf');
    expect(read.pages).toEqual(['JUDUL SKRIPSI', 'ABSTRAK\nPenelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan siber.\n\n1']);
    expect(read.text).toBe(read.pages!.join('\f'));
    expect(read.encoding).toBeUndefined();
  });

  it('refuses a PDF without a text layer, and a damaged one, naming the file', async () => {
    const scan = await PDFDocument.create();
    scan.addPage().drawRectangle({ x: 10, y: 10, width: 100, height: 100 });
    await expect(readDocument(await scan.save(), 'scan.pdf')).rejects.toThrow(/^scan\.pdf: the PDF has no text layer/);
    await expect(readDocument(encode('%PDF-1.7\n%%EOF'), 'broken.pdf')).rejects.toThrow(/^broken\.pdf: pdf\.js cannot open it/);
  });

  it('reads a web page as its main text with the metadata it states, never its markup', async () => {
    const page = '<!doctype html><html lang="id"><head><meta name="citation_title" content="Judul"></head><body><nav>Menu</nav><article><h1>Judul</h1><p>Isi <b>penting</b> halaman ini ditulis panjang supaya terbaca sebagai artikel utama halaman.</p></article></body></html>';
    const read = await readDocument(encode(page), 'halaman.txt');
    expect(read.format).toBe('html');
    expect(read.text).toBe('Judul\n\nIsi penting halaman ini ditulis panjang supaya terbaca sebagai artikel utama halaman.');
    expect(read.metadata.title).toEqual({ value: 'Judul', from: 'citation_title' });
    expect(read.encoding).toBe('utf-8');
  });

  it('refuses a web page without main text', async () => {
    await expect(readDocument(encode('<!doctype html><html><head><title>x</title></head><body></body></html>'), 'kosong.html')).rejects.toThrow(
      /^kosong\.html: the web page has no main text/,
    );
  });

  it('reads text as before, with its encoding and no metadata', async () => {
    const read = await readDocument(encode('ABSTRAK\r\nTeks.'), 'a.txt');
    expect(read).toEqual({ format: 'text', text: 'ABSTRAK\nTeks.', encoding: 'utf-8', metadata: {} });
  });
});
