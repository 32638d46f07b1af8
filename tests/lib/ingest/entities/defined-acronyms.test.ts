import { describe, expect, it } from 'vitest';
import { findDefinedOrganisations } from '../../../../src/lib/ingest/entities/defined-acronyms.ts';

describe('findDefinedOrganisations in long text', () => {
  it('finds a name right before its bracket at the end of a long clause', () => {
    const text = `${'kerja sama lintas batas '.repeat(2_000)}Badan Narkotika Nasional (BNN) hadir.`;
    expect(findDefinedOrganisations(text).map((found) => found.name)).toEqual(['Badan Narkotika Nasional (BNN)']);
  });

  it('stops at the clause break before the name', () => {
    expect(findDefinedOrganisations('Menurut laporan, Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) ...')).toEqual([
      expect.objectContaining({ name: 'Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)' }),
    ]);
  });

  it('gives up on a long acronym that words could spell in very many ways', () => {
    const text = `Badan ${'Aaaaaa '.repeat(24)}(${'A'.repeat(30)}B)`;
    expect(findDefinedOrganisations(text)).toEqual([]);
  });
});
