import { describe, expect, it } from 'vitest';
import {
  deriveConceptLinks,
  deriveEntityParts,
  deriveLegalRelations,
  INVERSE_RELATION,
} from '../../../src/lib/graph/inverse-links.ts';

describe('deriveLegalRelations', () => {
  it.each(Object.entries(INVERSE_RELATION))('reads %s from the other side as %s', (type, inverse) => {
    const views = deriveLegalRelations([
      { id: 'a', relations: [{ type: type as keyof typeof INVERSE_RELATION, target: 'b' }] },
      { id: 'b', relations: [] },
    ]);
    expect(views.get('a')).toEqual([{ label: type, other: 'b', statedOn: 'this' }]);
    expect(views.get('b')).toEqual([{ label: inverse, other: 'a', statedOn: 'other' }]);
  });

  it('skips a target that is not an instrument', () => {
    expect(deriveLegalRelations([{ id: 'a', relations: [{ type: 'amends', target: 'gone' }] }]).get('a')).toEqual([]);
  });
});

describe('deriveConceptLinks', () => {
  it('derives narrower from broader and mirrors related', () => {
    const links = deriveConceptLinks([
      { id: 'crime', broader: [], related: [] },
      { id: 'scam', broader: ['crime'], related: ['fraud'] },
      { id: 'fraud', broader: ['crime'], related: [] },
    ]);
    expect(links.get('crime')).toEqual({ broader: [], narrower: ['scam', 'fraud'], related: [] });
    expect(links.get('fraud')).toEqual({ broader: ['crime'], narrower: [], related: ['scam'] });
  });
});

describe('deriveEntityParts', () => {
  it('lists the units of each organisation from their partOf, ignoring a body part of itself', () => {
    const parts = deriveEntityParts([{ id: 'polri' }, { id: 'bareskrim', partOf: 'polri' }, { id: 'x', partOf: 'x' }]);
    expect([...parts]).toEqual([['polri', ['bareskrim']]]);
  });
});
