import { describe, expect, it } from 'vitest';
import { publishedSourceNames, sourceContentType } from '../../src/lib/sources.ts';

describe('publishedSourceNames', () => {
  it('lists kept names sorted, leaving hidden files out', () => {
    expect(publishedSourceNames(['legal-facts.yaml', '.a.txt.0a1b2c3d.tmp', '000_cd80f2ce729e3ac9.txt'])).toEqual([
      '000_cd80f2ce729e3ac9.txt',
      'legal-facts.yaml',
    ]);
  });

  it('fails on a name that is not a safe slug, naming each file and the name to use', () => {
    expect(() => publishedSourceNames(['ok.txt', 'a#b.txt', 'a%zz.txt'])).toThrow(
      /^content\/sources\/a#b\.txt: not a safe file name; rename it to a-b\.txt\ncontent\/sources\/a%zz\.txt: not a safe file name; rename it to a-zz\.txt\n/,
    );
  });

  it('fails on two names that would be published as one raw file', () => {
    expect(() => publishedSourceNames(['page.html', 'page.html.txt'])).toThrow(
      'content/sources/page.html.txt and content/sources/page.html would both be published as page.html.txt; rename one',
    );
  });
});

describe('sourceContentType', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('serves a PDF as a PDF, whatever its name', async () => {
    expect(await sourceContentType(bytes('%PDF-1.7\n1 0 obj\n'), 'scan.txt')).toBe('application/pdf');
  });

  it('serves text and saved web pages as plain text in the encoding they are read in', async () => {
    expect(await sourceContentType(bytes('Kerja sama — 2024'), 'a.txt')).toBe('text/plain; charset=utf-8');
    expect(await sourceContentType(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'b.txt')).toBe('text/plain; charset=windows-1252');
    expect(await sourceContentType(Uint8Array.of(0xff, 0xfe, 0x61, 0x00), 'c.txt')).toBe('text/plain; charset=utf-16le');
    expect(await sourceContentType(bytes('<!doctype html><html><body><p>Teks</p></body></html>'), 'd.html')).toBe('text/plain; charset=utf-8');
  });

  it('fails on bytes that are not text, naming the kept document', async () => {
    await expect(sourceContentType(Uint8Array.of(0x61, 0x00, 0x62), 'blob.bin')).rejects.toThrow(/^content\/sources\/blob\.bin: the file is binary/);
  });
});
