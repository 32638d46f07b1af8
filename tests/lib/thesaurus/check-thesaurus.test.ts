import { describe, expect, it } from 'vitest';
import { checkThesaurus, type ThesaurusConcept } from '../../../src/lib/thesaurus/check-thesaurus.ts';

function concept(id: string, more: Partial<ThesaurusConcept> = {}): ThesaurusConcept {
  return { id, prefLabel: { id: `${id} id`, en: `${id} en` }, altLabels: {}, broader: [], related: [], ...more };
}

const consistent = [
  concept('crime'),
  concept('cybercrime', { broader: ['crime'], altLabels: { id: ['kejahatan siber'] } }),
  concept('scam', { broader: ['cybercrime'], related: ['crime'] }),
];

describe('checkThesaurus', () => {
  it('finds nothing in a consistent thesaurus', () => {
    expect(checkThesaurus(consistent)).toEqual([]);
  });

  it('rejects a cycle in broader, naming the concept, the field and the path', () => {
    const cyclic = [concept('crime', { broader: ['scam'] }), ...consistent.slice(1)];
    expect(checkThesaurus(cyclic)).toEqual([
      { entry: 'concepts/cybercrime', field: 'broader[0]', message: 'closes a cycle: crime → scam → cybercrime → crime' },
    ]);
  });

  it('rejects dangling and self references', () => {
    const broken = [...consistent, concept('phishing', { broader: ['fraud'], related: ['phishing'] })];
    expect(checkThesaurus(broken)).toEqual([
      { entry: 'concepts/phishing', field: 'broader[0]', message: 'names "fraud", which is not in concepts' },
      { entry: 'concepts/phishing', field: 'related[0]', message: 'names the concept itself' },
    ]);
  });

  it('rejects a related link stated on both sides', () => {
    const twice = [...consistent.slice(0, 2), { ...consistent[2]!, related: ['crime'] }];
    twice[0] = concept('crime', { related: ['scam'] });
    expect(checkThesaurus(twice)).toEqual([
      { entry: 'concepts/scam', field: 'related[0]', message: 'names "crime", which already states this link; state it once' },
    ]);
  });

  it('rejects a label two concepts share, after normalisation, naming both', () => {
    const shared = [...consistent, concept('online-crime', { hiddenLabels: { id: ['Kejahatan-Siber'] } })];
    expect(checkThesaurus(shared)).toEqual([
      {
        entry: 'concepts/online-crime',
        field: 'hiddenLabels.id[0]',
        message: '"Kejahatan-Siber" is also a name of concepts/cybercrime (altLabels.id[0])',
      },
    ]);
  });
});
