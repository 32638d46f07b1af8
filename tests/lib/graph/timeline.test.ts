import { describe, expect, it } from 'vitest';
import { groupByYear, instrumentDate } from '../../../src/lib/graph/timeline.ts';

const item = (name: string, date?: string) => ({ name, date });

describe('groupByYear', () => {
  const items = [item('ite', '2008-04-21'), item('none'), item('untoc', '2000-11-15'), item('uu-5', '2009'), item('perpres', '2009-03-01'), item('ite-2', '2008-04-21')];

  it('puts items in date order within years in date order, undated last', () => {
    expect(groupByYear(items).map((g) => [g.year, g.items.map((i) => i.name)])).toEqual([
      ['2000', ['untoc']],
      ['2008', ['ite', 'ite-2']],
      ['2009', ['uu-5', 'perpres']],
      [undefined, ['none']],
    ]);
  });

  it('puts newest first when asked, still keeping undated items last and ties in input order', () => {
    expect(groupByYear(items, { newestFirst: true }).map((g) => [g.year, g.items.map((i) => i.name)])).toEqual([
      ['2009', ['perpres', 'uu-5']],
      ['2008', ['ite', 'ite-2']],
      ['2000', ['untoc']],
      [undefined, ['none']],
    ]);
  });

  it('gives no groups for no items and no undated group when every item is dated', () => {
    expect(groupByYear([])).toEqual([]);
    expect(groupByYear([item('a', '2017-05')]).map((g) => g.year)).toEqual(['2017']);
  });
});

describe('instrumentDate', () => {
  it('takes the adoption date, else the signature, else entry into force', () => {
    expect(instrumentDate({ adopted: '2000-11-15', signed: '2000-12-12', inForce: '2003-09-29' })).toBe('2000-11-15');
    expect(instrumentDate({ signed: '2000-12-12', inForce: '2003-09-29' })).toBe('2000-12-12');
    expect(instrumentDate({ inForce: '2003-09-29' })).toBe('2003-09-29');
    expect(instrumentDate({})).toBeUndefined();
  });
});
