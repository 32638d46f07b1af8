import { describe, expect, it } from 'vitest';
import { detectTitleLanguage } from '../../../../src/lib/ingest/thesis/title-language.ts';

describe('detectTitleLanguage', () => {
  it('reads Indonesian and English titles in capitals', () => {
    expect(detectTitleLanguage('KERJA SAMA KEPOLISIAN INDONESIA DAN FILIPINA DALAM PEMBERANTASAN PENIPUAN')).toBe('id');
    expect(detectTitleLanguage('THE ROLE OF ASEAN IN COUNTERING ONLINE SCAMS')).toBe('en');
  });

  it('gives no language for a mixed or bare title', () => {
    expect(detectTitleLanguage('Efektivitas ASEAN Convention Against Trafficking in Persons Dalam Penanganan di Riau')).toBeUndefined();
    expect(detectTitleLanguage('NCB-INTERPOL')).toBeUndefined();
  });
});
