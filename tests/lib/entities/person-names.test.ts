import { describe, expect, it } from 'vitest';
import { buildPersonNameLookup } from '../../../src/lib/entities/person-names.ts';

const lookup = buildPersonNameLookup([
  { id: 'badu', kind: 'person', label: { id: 'Muhammad Nasir Badu', en: 'Muhammad Nasir Badu' }, aliases: {} },
  { id: 'nasir', kind: 'person', label: { id: 'Arrmanatha C. Nasir', en: 'Arrmanatha C. Nasir' }, aliases: { id: ['Arrmanatha Nasir'] } },
  { id: 'bssn', kind: 'organisation', label: { id: 'BSSN', en: 'BSSN' }, aliases: {} },
]);

describe('buildPersonNameLookup', () => {
  it.each([
    ['Muhammad Nasir Badu, S.Sos.,M.Hum.,Ph.D.', 'badu'],
    ['Arrmanatha C. Nasir', 'nasir'],
    ['Arrmanatha Nasir', 'nasir'],
  ])('%j is %s', (name, id) => {
    expect(lookup(name)).toBe(id);
  });

  it.each(['Nasir', 'BSSN', 'Muhammad Nasir Badu dan Arrmanatha Nasir'])('%j is no one person', (name) => {
    expect(lookup(name)).toBeUndefined();
  });
});
