import { describe, expect, it } from 'vitest';
import { detectTitleLanguage, withoutTranslation } from '../../../../src/lib/ingest/thesis/title-language.ts';

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

describe('withoutTranslation', () => {
  const id = 'ANALISIS KEBIJAKAN INDONESIA DALAM MENANGANI KEJAHATAN SIBER TRANSNASIONAL';

  it('cuts a title where the front reads it alone and the rest is in the other language', () => {
    expect(withoutTranslation(`${id} ANALYSIS OF THE POLICY OF INDONESIA IN HANDLING CYBERCRIME`, [id])).toBe(id);
  });

  it('keeps a title whose rest is in its own language or too short to tell', () => {
    const longer = `${id} DI KAWASAN ASIA TENGGARA DAN DI PERBATASAN`;
    expect(withoutTranslation(longer, [id])).toBe(longer);
    expect(withoutTranslation(`${id} ASEAN`, [id])).toBe(`${id} ASEAN`);
  });

  it('keeps an Indonesian title going on after an English name inside it', () => {
    const title = 'Efektivitas ASEAN Convention Against Trafficking in Persons Dalam Penanganan Perdagangan Orang di Kepulauan Riau';
    expect(withoutTranslation(title, ['Efektivitas ASEAN Convention Against Trafficking in Persons'])).toBe(title);
  });
});
