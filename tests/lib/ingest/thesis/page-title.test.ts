import { describe, expect, it } from 'vitest';
import { titleFromPageTitle } from '../../../../src/lib/ingest/thesis/page-title.ts';

describe('titleFromPageTitle', () => {
  it("drops the repository's name after the last dash, keeping a dash inside the title", () => {
    expect(titleFromPageTitle('KERJA SAMA INDONESIA DAN MALAYSIA TAHUN 2019 – 2021 - Repository Universitas Contoh')).toBe(
      'KERJA SAMA INDONESIA DAN MALAYSIA TAHUN 2019 – 2021',
    );
    expect(titleFromPageTitle('Peran Interpol dalam Kejahatan Siber | Neliti')).toBe('Peran Interpol dalam Kejahatan Siber');
    expect(titleFromPageTitle('Peran Interpol dalam Kejahatan Siber | Jurnal Ilmu Hubungan Internasional Universitas Mulawarman')).toBe('Peran Interpol dalam Kejahatan Siber');
  });

  it("drops OJS's viewer prefix and a domain after a dash", () => {
    expect(titleFromPageTitle('View of Government Policy for Migrant Workers on the Border')).toBe('Government Policy for Migrant Workers on the Border');
    expect(titleFromPageTitle('Policy on Border Crime in Indonesia - ejournal.example.ac.id')).toBe('Policy on Border Crime in Indonesia');
  });

  it('keeps a title whose last part names no site', () => {
    expect(titleFromPageTitle('Kerja Sama Indonesia - Malaysia dalam Pemberantasan Narkotika')).toBe('Kerja Sama Indonesia - Malaysia dalam Pemberantasan Narkotika');
    expect(titleFromPageTitle('View of the sea')).toBe('View of the sea');
  });
});
