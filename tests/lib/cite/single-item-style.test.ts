import CSL, { type CslNode } from 'citeproc';
import { describe, expect, it } from 'vitest';
import { studyCslItem, type CslItem } from '../../../src/lib/cite/csl-item.ts';
import { CITATION_STYLES, loadLocale, loadStyleXml, styleLocale } from '../../../src/lib/cite/csl-styles.ts';
import { singleItemStyle } from '../../../src/lib/cite/single-item-style.ts';
import { ARTICLE, CAPITALS_SKRIPSI, URL_OF } from './fixtures.ts';

const child = (node: CslNode, name: string): CslNode | undefined =>
  node.children.find((c): c is CslNode => typeof c !== 'string' && c.name === name);

/** The bibliography citeproc-js makes of `item` alone with `style` (XML or a parsed tree). */
function bibliographyOf(style: string | CslNode, locale: string, item: CslItem): string[] {
  const engine = new CSL.Engine({ retrieveLocale: (tag) => loadLocale(tag), retrieveItem: () => item }, style, locale);
  engine.setOutputFormat('html');
  engine.updateItems([item.id]);
  const made = engine.makeBibliography();
  if (!made) throw new Error('no bibliography');
  return made[1];
}

const ITEMS = [
  studyCslItem('skripsi', CAPITALS_SKRIPSI, 'Tanpa judul', URL_OF('skripsi')),
  { ...studyCslItem('article', ARTICLE, 'Untitled', URL_OF('article')), accessed: { 'date-parts': [[2024, 3, 9]] } },
];

describe('singleItemStyle', () => {
  it.each(CITATION_STYLES.map((style) => [style.key, style.cslId]))('leaves %s without a bibliography sort (IEEE has none to begin with) and with an empty citation layout', (_key, cslId) => {
    const original = CSL.parseXml(loadStyleXml(cslId));
    const cut = singleItemStyle(loadStyleXml(cslId));
    expect(child(child(cut, 'bibliography')!, 'sort')).toBeUndefined();
    expect(child(child(cut, 'citation')!, 'layout')?.children).toEqual([]);
    expect(child(child(cut, 'bibliography')!, 'layout')).toEqual(child(child(original, 'bibliography')!, 'layout'));
    expect(cut.children.filter((c) => typeof c !== 'string' && c.name === 'macro')).toEqual(original.children.filter((c) => typeof c !== 'string' && c.name === 'macro'));
  });

  it.each(CITATION_STYLES.map((style) => [style.key, style.cslId]))('makes the same one-item bibliography in %s as the whole style', (_key, cslId) => {
    const xml = loadStyleXml(cslId);
    for (const item of ITEMS) {
      expect(bibliographyOf(singleItemStyle(xml), styleLocale(xml), item)).toEqual(bibliographyOf(xml, styleLocale(xml), item));
    }
  });
});
