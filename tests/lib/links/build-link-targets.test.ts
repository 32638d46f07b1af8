import { describe, expect, it } from 'vitest';
import { buildLinkTargets } from '../../../src/lib/links/build-link-targets.ts';
import { buildMentionMatcher, findMentions } from '../../../src/lib/links/find-mentions.ts';

const ncb = (id: string, country: string) => ({
  id,
  data: {
    kind: 'organisation' as const,
    label: { id: `NCB-Interpol ${country}`, en: `NCB-Interpol ${country}` },
    aliases: { id: [`Interpol ${country}`] },
    ambiguousAliases: ['NCB', 'National Central Bureau'],
  },
});

describe('buildLinkTargets', () => {
  const [concept, legal, ...entities] = buildLinkTargets({
    concepts: [
      {
        id: 'bilateral-cooperation',
        data: { prefLabel: { id: 'kerja sama bilateral', en: 'bilateral cooperation' }, altLabels: { id: ['kerjasama bilateral'], en: [] } },
      },
    ],
    legal: [
      {
        id: 'perpres-53-2017',
        data: {
          title: { id: 'Peraturan Presiden Nomor 53 Tahun 2017 (Perpres BSSN)', en: 'Presidential Regulation No. 53 of 2017' },
          aliases: { id: ['Perpres 53/2017'], en: [] },
          citation: { form: 'perpres', number: '53', year: 2017 },
        },
      },
    ],
    entities: [ncb('ncb-interpol-indonesia', 'Indonesia'), ncb('ncb-interpol-china', 'China')],
  });

  it('names a concept by its preferred label first, then its alternatives, per language', () => {
    expect(concept).toEqual({
      kind: 'concept',
      id: 'bilateral-cooperation',
      labels: { id: ['kerja sama bilateral', 'kerjasama bilateral'], en: ['bilateral cooperation'] },
      href: { id: '/concepts/bilateral-cooperation/', en: '/en/concepts/bilateral-cooperation/' },
    });
  });

  it('names an instrument by its title, the title without its note in brackets, its aliases, and its citation', () => {
    expect(legal?.labels).toEqual({
      id: ['Peraturan Presiden Nomor 53 Tahun 2017 (Perpres BSSN)', 'Peraturan Presiden Nomor 53 Tahun 2017', 'Perpres 53/2017'],
      en: ['Presidential Regulation No. 53 of 2017'],
    });
    expect(legal?.citationKey).toBe('perpres|53|2017|');
    expect(legal?.href.en).toBe('/en/legal/perpres-53-2017/');
  });

  it('names an entity by its labels and aliases, and keeps its shared names in a target never linked', () => {
    expect(entities[0]).toEqual({
      kind: 'organisation',
      id: 'ncb-interpol-indonesia',
      labels: { id: ['NCB-Interpol Indonesia', 'Interpol Indonesia'], en: ['NCB-Interpol Indonesia'] },
      href: { id: '/entities/ncb-interpol-indonesia/', en: '/en/entities/ncb-interpol-indonesia/' },
    });
    expect(entities[1]).toMatchObject({ id: 'ncb-interpol-indonesia', ambiguous: true, labels: { id: ['NCB', 'National Central Bureau'] } });
  });

  it('links an entity by its own name but never by a name several bodies share', () => {
    const matcher = buildMentionMatcher(buildLinkTargets({ concepts: [], legal: [], entities: [ncb('ncb-interpol-indonesia', 'Indonesia')] }));
    const found = (text: string) => findMentions(text, matcher).map(({ target, start, end }) => `${target.id} ${text.slice(start, end)}`);
    expect(found('Sekretariat Interpol Indonesia bekerja sama.')).toEqual(['ncb-interpol-indonesia Interpol Indonesia']);
    expect(found('NCB dan National Central Bureau menerima permintaan.')).toEqual([]);
  });

  it('gives an instrument held with its text the anchors of its articles, and one held without none', () => {
    const names = { title: { id: 'Undang-Undang Nomor 11 Tahun 2008' }, aliases: { id: [], en: [] }, citation: { form: 'uu' as const, number: '11', year: 2008 } };
    const [withText, withoutText] = buildLinkTargets({
      concepts: [],
      legal: [
        { id: 'uu-11-2008', data: names, body: '## BAB VII\n\n### Pasal 27\n\n(1) Setiap Orang.\n\n(3) Setiap Orang lain.' },
        { id: 'uu-11-2008-sheet', data: names },
      ],
      entities: [],
    });
    expect(withText?.anchors).toEqual(['pasal-27', 'pasal-27-ayat-1', 'pasal-27-ayat-3']);
    expect(withoutText).not.toHaveProperty('anchors');
  });
});
