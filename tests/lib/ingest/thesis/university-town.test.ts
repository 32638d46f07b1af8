import { describe, expect, it } from 'vitest';
import { withoutUniversityTown } from '../../../../src/lib/ingest/thesis/university-town.ts';

describe('withoutUniversityTown', () => {
  it.each([
    ['UNIVERSITAS BRAWIJAYA MALANG', 'UNIVERSITAS BRAWIJAYA'],
    ['Universitas Nasional Jakarta', 'Universitas Nasional'],
    ['UNIVERSITAS SUMATERA UTARA MEDAN', 'UNIVERSITAS SUMATERA UTARA'],
  ])('drops the town closing a university named in its own words: %s', (name, expected) => {
    expect(withoutUniversityTown(name)).toBe(expected);
  });

  it.each([
    // The name is the town's.
    'Universitas Jember',
    // Generic words alone need the town to tell the university apart.
    'Universitas Negeri Malang',
    'UNIVERSITAS MUHAMMADIYAH SURAKARTA',
    // State Islamic universities carry their town in the name.
    'UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA',
    // The last word is no town.
    'Universitas Sumatera Utara',
    // Only a university's own name opening with "Universitas" is read.
    'UPN Veteran Jakarta',
    'Naval Staff and Command College Jakarta',
  ])('keeps %s as it is', (name) => {
    expect(withoutUniversityTown(name)).toBe(name);
  });
});
