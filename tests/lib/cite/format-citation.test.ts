import { describe, expect, it } from 'vitest';
import { studyCslItem } from '../../../src/lib/cite/csl-item.ts';
import { formatCitations } from '../../../src/lib/cite/format-citation.ts';
import { ARTICLE, CAPITALS_SKRIPSI, URL_OF } from './fixtures.ts';

const skripsi = studyCslItem('efektifitas', CAPITALS_SKRIPSI, 'Tanpa judul', URL_OF('efektifitas'));
const article = studyCslItem('aict', ARTICLE, 'Untitled', URL_OF('aict'));
const byStyle = (item: typeof skripsi) => Object.fromEntries(formatCitations(item).map((c) => [c.style.key, c]));
const TITLE = 'Efektifitas Interpol dalam Penanggulangan Jaringan Narkotika di Indonesia';
const URL = URL_OF('efektifitas');

describe('formatCitations (citeproc-js with the official CSL styles)', () => {
  const cited = byStyle(skripsi);

  // Each string checked by hand against the style's rule for an unpublished thesis.
  it.each([
    ['apa', `Liu, V. R. (2013). <i>${TITLE}</i> [Skripsi, Universitas Hasanuddin]. ${URL}`],
    ['mla', `Liu, Vinsensius Richard. <i>${TITLE}</i>. Universitas Hasanuddin, 2013, ${URL}.`],
    ['chicago', `Liu, Vinsensius Richard. 2013. “${TITLE}.” Skripsi, Universitas Hasanuddin. ${URL}.`],
    ['ieee', `V. R. Liu, “${TITLE},” Skripsi, Universitas Hasanuddin, 2013.`],
    ['uny', `Liu, V. R. (2013). <i>${TITLE}</i> (Skripsi). Universitas Hasanuddin. Diambil dari ${URL}`],
  ])('cites a skripsi printed in capitals in %s, in title case, as a Skripsi of its university', (key, expected) => {
    expect(cited[key]?.before).toBe(expected);
    expect(cited[key]?.accessed).toBeUndefined();
  });

  it('leaves the accessed date out of the HTML and keeps a template the browser fills in', () => {
    const harvard = cited.harvard;
    expect(harvard?.before).toBe(`Liu, V. R. (2013) <i>${TITLE}</i>. Skripsi. Universitas Hasanuddin. Available at: ${URL}`);
    expect(harvard?.accessed?.html).toBe(' (Accessed: {day} {month} {year})');
    expect(harvard?.accessed?.months[0]).toBe('January');
    expect(harvard?.after).toBe('.');
    expect(JSON.stringify(harvard)).not.toContain('2999');
  });

  // A title printed in capitals comes out in title case: which words are names (Australia) the capitals do not tell.
  it('cites an English article printed in capitals in title case, with the journal, volume, issue, pages and DOI', () => {
    expect(byStyle(article).apa?.before).toBe(
      'Fahadayna, A. C. (2020). Australia-Indonesia Counter-Terrorism Cooperation. <i>Journal of Terrorism Studies</i>, <i>5</i>(2), 10–25. https://doi.org/10.21776/jtg.v5i2.102',
    );
  });
});

describe('formatCitations, one engine per style for the whole build', () => {
  it('formats each item from its own data, also when two items share an id', () => {
    const first = studyCslItem('same-id', CAPITALS_SKRIPSI, 'Tanpa judul', URL_OF('same-id'));
    const second = studyCslItem('same-id', ARTICLE, 'Untitled', URL_OF('same-id'));
    const apa = (item: typeof first) => formatCitations(item).find((c) => c.style.key === 'apa')?.before;
    expect(apa(first)).toContain('Liu, V. R. (2013)');
    expect(apa(second)).toContain('Fahadayna, A. C. (2020)');
    expect(apa(first)).toBe(apa(studyCslItem('same-id', CAPITALS_SKRIPSI, 'Tanpa judul', URL_OF('same-id'))));
  });
});

describe('formatCitations of an item asked for again', () => {
  it('gives the same citations, and a changed item its own', () => {
    const first = formatCitations(skripsi);
    expect(formatCitations(structuredClone(skripsi))).toEqual(first);
    const retitled = { ...skripsi, title: 'Judul Lain Sama Sekali' };
    expect(formatCitations(retitled).find((c) => c.style.key === 'apa')?.before).toContain('Judul Lain Sama Sekali');
  });
});
