import { describe, expect, it } from 'vitest';
import { buildEntitiesJson } from '../../../src/lib/entities/entities-json.ts';

describe('buildEntitiesJson', () => {
  const document = buildEntitiesJson(
    [
      { id: 'polri', kind: 'organisation', label: { id: 'Polri', en: 'Indonesian National Police' }, aliases: { id: ['Polri'] } },
      {
        id: 'bareskrim',
        kind: 'organisation',
        label: { id: 'Bareskrim', en: 'Bareskrim' },
        aliases: {},
        ambiguousAliases: ['Badan'],
        partOf: 'polri',
        country: 'indonesia',
      },
    ],
    {
      page: (locale, id) => `/${locale}/entities/${id}/`,
      entry: (ref) => `/${ref.kind}/${ref.id}/`,
      entriesByEntity: new Map([['polri', [{ kind: 'news' as const, id: 'n1' }]]]),
      entityParts: new Map([['polri', ['bareskrim']]]),
    },
  );

  it('tags its format and keeps the input order', () => {
    expect(document.format).toBe('lintas-entities/1');
    expect(document.entities.map((entity) => entity.id)).toEqual(['polri', 'bareskrim']);
  });

  it('gives names, links both ways, pages and the entries that name each entity', () => {
    expect(document.entities[0]).toEqual({
      id: 'polri',
      kind: 'organisation',
      label: { id: 'Polri', en: 'Indonesian National Police' },
      aliases: { id: ['Polri'], en: [] },
      ambiguousAliases: [],
      parts: ['bareskrim'],
      pages: { id: '/id/entities/polri/', en: '/en/entities/polri/' },
      namedIn: [{ kind: 'news', id: 'n1', page: '/news/n1/' }],
    });
    expect(document.entities[1]).toMatchObject({ partOf: 'polri', country: 'indonesia', ambiguousAliases: ['Badan'], namedIn: [] });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
