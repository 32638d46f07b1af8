import { describe, expect, it } from 'vitest';
import { checkEntities } from '../../../src/lib/entities/check-entities.ts';
import type { EntityRecord } from '../../../src/lib/entities/entity-record.ts';

const indonesia: EntityRecord = { id: 'indonesia', kind: 'country', code: 'ID', label: { id: 'Indonesia', en: 'Indonesia' }, aliases: { id: ['RI'] } };
const interpol: EntityRecord = { id: 'interpol', kind: 'organisation', label: { id: 'Interpol', en: 'INTERPOL' }, aliases: {} };
const bureau = (id: string, ambiguousAliases: string[]): EntityRecord => ({
  id,
  kind: 'organisation',
  label: { id, en: id },
  aliases: {},
  ambiguousAliases,
  country: 'indonesia',
  partOf: 'interpol',
});
const person: EntityRecord = {
  id: 'arrmanatha',
  kind: 'person',
  label: { id: 'Arrmanatha C. Nasir', en: 'Arrmanatha C. Nasir' },
  aliases: {},
  roles: [{ organisation: 'interpol' }],
};

describe('checkEntities', () => {
  it('accepts consistent data, an alias shared as ambiguous by every body using it included', () => {
    expect(checkEntities([indonesia, interpol, bureau('ncb-a', ['NCB']), bureau('ncb-b', ['ncb']), person])).toEqual([]);
  });

  it('rejects an alias two bodies use when one of them does not mark it ambiguous', () => {
    const plain: EntityRecord = { ...bureau('ncb-b', []), aliases: { en: ['NCB'] } };
    expect(checkEntities([indonesia, interpol, bureau('ncb-a', ['NCB']), plain])).toEqual([
      {
        entry: 'entities/ncb-b',
        field: 'aliases.en[0]',
        message: '"NCB" is also a name of entities/ncb-a (ambiguousAliases[0]), and only some of them mark it as ambiguous',
      },
    ]);
  });

  it('rejects a label shared by two entities', () => {
    const twin: EntityRecord = { ...interpol, id: 'interpol-2', label: { id: 'Polisi', en: 'Interpol' } };
    expect(checkEntities([interpol, twin])).toEqual([
      { entry: 'entities/interpol-2', field: 'label.en', message: '"Interpol" is also a name of entities/interpol (label.id)' },
    ]);
  });

  it('rejects dangling references and references to the wrong kind', () => {
    const lost: EntityRecord = { ...bureau('ncb-x', []), country: 'atlantis', partOf: 'indonesia' };
    expect(checkEntities([indonesia, lost, { ...person, roles: [{ organisation: 'indonesia' }] }])).toEqual([
      { entry: 'entities/ncb-x', field: 'country', message: 'names "atlantis", which is not in entities' },
      { entry: 'entities/ncb-x', field: 'partOf', message: 'names "indonesia", which is a country, not an organisation' },
      {
        entry: 'entities/arrmanatha',
        field: 'roles[0].organisation',
        message: 'names "indonesia", which is a country, not an organisation',
      },
    ]);
  });

  it('rejects two countries with one code', () => {
    const again: EntityRecord = { ...indonesia, id: 'indonesia-2', label: { id: 'RI lama', en: 'Old RI' }, aliases: {} };
    expect(checkEntities([indonesia, again])).toEqual([
      { entry: 'entities/indonesia-2', field: 'code', message: '"ID" is also the code of entities/indonesia' },
    ]);
  });
});
