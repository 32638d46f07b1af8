import { describe, expect, it } from 'vitest';
import { buildLinkTargets } from '../../../src/lib/links/build-link-targets.ts';

describe('buildLinkTargets', () => {
  const [concept, legal] = buildLinkTargets({
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
});
