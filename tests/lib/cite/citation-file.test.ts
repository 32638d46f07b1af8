import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citationFile } from '../../../src/lib/cite/citation-file.ts';
import { legalCslItem, newsCslItem, studyCslItem } from '../../../src/lib/cite/csl-item.ts';
import { ARTICLE, CAPITALS_SKRIPSI, URL_OF } from './fixtures.ts';

const skripsi = studyCslItem('efektifitas', CAPITALS_SKRIPSI, 'Tanpa judul', URL_OF('efektifitas'));
const disertasi = studyCslItem('disertasi', { ...CAPITALS_SKRIPSI, studyType: 'Disertasi' }, 'Tanpa judul', URL_OF('disertasi'));
const article = studyCslItem('aict', ARTICLE, 'Untitled', URL_OF('aict'));
const news = newsCslItem(
  'kemlu',
  { headline: 'Kemlu Pulangkan 28 WNI Korban Online Scam dari Kamboja ke Tanah Air', language: 'id', outlet: 'Okezone', published: '2023-10-05', author: 'Fahreza Rizky' },
  'Berita tanpa judul',
  'https://lintas.example/news/kemlu/',
);
const law = legalCslItem('uu-1-2024', { title: { id: 'Undang-Undang Nomor 1 Tahun 2024', en: 'Law No. 1 of 2024' }, number: '1/2024', jurisdiction: 'Indonesia', adopted: '2024-01-02' }, 'https://lintas.example/legal/uu-1-2024/');
const items = [skripsi, disertasi, article, news, law];

describe('citation files, read back by independent parsers', () => {
  it('BibTeX: a skripsi is a thesis with its type and school, a disertasi a PhD thesis, never @misc', () => {
    const library = parseBibtex(citationFile(items, 'bibtex').body, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    const [s, d, a] = library.entries;
    expect(s?.type).toBe('mastersthesis');
    expect(s?.fields.type).toBe('Skripsi');
    expect(s?.fields.school).toBe('Universitas Hasanuddin');
    expect(s?.fields.author).toEqual([{ lastName: 'Liu', firstName: 'Vinsensius Richard' }]);
    expect(s?.fields.title).toBe('Efektifitas Interpol dalam Penanggulangan Jaringan Narkotika di Indonesia');
    expect(s?.fields.year).toBe('2013');
    expect(d?.type).toBe('phdthesis');
    expect(a?.type).toBe('article');
    expect(a?.fields.doi).toBe('10.21776/jtg.v5i2.102');
    expect(a?.fields.pages).toBe('10–25');
  });

  it('RIS: TY THES with the thesis type and university, one line per tag', () => {
    const text = citationFile(items, 'ris').body;
    const parsed = parseRis(text);
    expect(parsed).toHaveLength(items.length);
    expect(parsed[0]).toMatchObject({ type: 'thesis', title: 'Efektifitas Interpol dalam Penanggulangan Jaringan Narkotika di Indonesia', publisher: 'Universitas Hasanuddin', genre: 'Skripsi' });
    expect(parsed[0]?.author).toEqual([{ family: 'Liu', given: 'Vinsensius Richard' }]);
    expect(parsed[3]).toMatchObject({ type: 'article-newspaper', 'container-title': 'Okezone' });
    expect(text.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
  });

  it('CSL-JSON: valid against the CSL data schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../fixtures/csl/csl-data.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const data = JSON.parse(citationFile(items, 'csl-json').body) as unknown;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect((data as { type: string; genre?: string }[])[0]).toMatchObject({ type: 'thesis', genre: 'Skripsi', language: 'id' });
  });
});
