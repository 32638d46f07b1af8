import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../src/lib/ingest/formats/sniff-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it.each([
    ['a PDF header', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'pdf'],
    ['a PDF header after a few junk bytes', '\r\n\r\n%PDF-1.4\n', 'pdf'],
    ['a doctype', '<!DOCTYPE html>\n<html lang="id">', 'html'],
    ['a page saved without doctype', '  <html>\n<head><title>x</title>', 'html'],
    ['a comment before the markup', '<!-- saved from url=(0052)https://example.org/ -->\n<html>', 'html'],
    ['a fragment opening with meta', '<meta charset="utf-8"><title>Berita</title>', 'html'],
    ['a byte-order mark before the doctype', '\ufeff<!doctype html><html>', 'html'],
    ['plain text', 'ABSTRAK\n\nPenelitian ini bertujuan ...', 'text'],
    ['text that names the PDF format in a sentence', 'The file starts with %PDF-1.4 as its header.', 'text'],
    ['text that quotes a tag later on', 'Judul\n\nThe page used <html> markup.', 'text'],
  ])('tells %s', (_, input, format) => {
    expect(sniffFormat(bytes(input))).toBe(format);
  });

  it('looks at the bytes, not at a name: an empty file is text (refused later as empty)', () => {
    expect(sniffFormat(new Uint8Array())).toBe('text');
  });
});
