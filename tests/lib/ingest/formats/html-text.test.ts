import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksToText, type TextNodeLike } from '../../../../src/lib/ingest/formats/html-text.ts';

const textOf = (html: string) => blocksToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as TextNodeLike);

describe('blocksToText', () => {
  it('gives each block its own paragraph and keeps a heading as a line of its own', () => {
    expect(textOf('<h2>Abstrak</h2><p>Penelitian   ini\n bertujuan <em>untuk</em> mengetahui.</p><ul><li>satu</li><li>dua</li></ul>')).toBe(
      'Abstrak\n\nPenelitian ini bertujuan untuk mengetahui.\n\nsatu\n\ndua',
    );
  });

  it('keeps a line break as a line break inside its paragraph', () => {
    expect(textOf('<p>Kata kunci:<br>Keamanan Siber</p>')).toBe('Kata kunci:\nKeamanan Siber');
  });

  it('reads text that stands beside blocks in the same element', () => {
    expect(textOf('<div>Oleh Andi<p>Isi berita.</p>Editor: Budi</div>')).toBe('Oleh Andi\n\nIsi berita.\n\nEditor: Budi');
  });

  it('reads no script, style, form control or embedded object, and no attribute', () => {
    const html =
      '<p>Before<script>alert(1)</script><style>p{}</style><img src=x onerror="alert(2)"><button>Share</button><iframe src="https://ads"></iframe> after</p>';
    expect(textOf(html)).toBe('Before after');
  });

  it('keeps escaped markup as the text it is', () => {
    expect(textOf('<p>Tag &lt;script&gt; dibahas.</p>')).toBe('Tag <script> dibahas.');
  });
});
