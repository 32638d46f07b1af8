import { describe, expect, it } from 'vitest';
import { givenNameFirst } from '../../../../src/lib/ingest/formats/person-order.ts';

describe('givenNameFirst', () => {
  it.each([
    ['Qushayyi, Muh. Faiq', 'Muh. Faiq Qushayyi'],
    ['Wulandari,  Ajeng Ria Ayu', 'Ajeng Ria Ayu Wulandari'],
    ['Ajeng Ria Ayu Wulandari', 'Ajeng Ria Ayu Wulandari'],
    ['Christian Novan, S.Kom', 'Christian Novan, S.Kom'],
    ['Agussalim Burhanuddin, MIRAP', 'Agussalim Burhanuddin, MIRAP'],
    ['Muhammad Nasir Badu, S.Sos., M.Hum., Ph.D.', 'Muhammad Nasir Badu, S.Sos., M.Hum., Ph.D.'],
    ['Tarisya Alifia', 'Tarisya Alifia'],
  ])('%j → %j', (input, expected) => {
    expect(givenNameFirst(input)).toBe(expected);
  });
});
