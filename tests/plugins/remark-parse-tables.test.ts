import { describe, expect, it } from 'vitest';
import { readHtml, renderBody, withoutLinkerMarkup } from '../helpers/site-markdown.ts';

describe('remarkParseTables', () => {
  it('reads a GFM table', async () => {
    expect((await renderBody('| Tahun | Jumlah |\n| - | - |\n| 2020 | 14 |')).html).toBe(
      '<table>\n<thead>\n<tr>\n<th>Tahun</th>\n<th>Jumlah</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>2020</td>\n<td>14</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('leaves bare web and mail addresses, strikethrough and task markers as text', async () => {
    const text = 'Lihat www.contoh.test, https://contoh.test/a, redaksi@contoh.test dan ~~ini~~.';
    expect(readHtml(withoutLinkerMarkup((await renderBody(text)).html))).toMatchObject({ text, tags: new Set(['p']) });
    expect(withoutLinkerMarkup((await renderBody('- [ ] tugas')).html)).toBe('<ul>\n<li>[ ] tugas</li>\n</ul>');
  });
});
