import { describe, expect, it } from 'vitest';
import { withoutViewerHeader } from '../../../../src/lib/ingest/thesis/viewer-header.ts';

describe('withoutViewerHeader', () => {
  it("drops the upload's name and the site's menus over the viewer's page counter", () => {
    const text = 'UNIKOM - Rifky Ardiansyah - Jurnal\n\nYou might also like\n\nDownload as pdf or txt\nYou are on page 1of 15\n\nKERJASAMA TRILATERAL\n\nAbstract';
    expect(withoutViewerHeader(text)).toBe('You are on page 1of 15\n\nKERJASAMA TRILATERAL\n\nAbstract');
    expect(withoutViewerHeader('Anda di halaman 1dari 8\nJUDUL')).toBe('Anda di halaman 1dari 8\nJUDUL');
  });

  it('keeps a text whose counter is not near its top, or that has none', () => {
    const late = `${Array.from({ length: 10 }, (_, i) => `Line ${i}`).join('\n')}\nYou are on page 1of 15\nMore`;
    expect(withoutViewerHeader(late)).toBe(late);
    expect(withoutViewerHeader('TITLE\n\nAbstract')).toBe('TITLE\n\nAbstract');
  });
});
