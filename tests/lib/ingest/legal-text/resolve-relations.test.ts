import { describe, expect, it } from 'vitest';
import { buildLegalIndex } from '../../../../src/lib/ingest/detect-legal.ts';
import { resolveRelations } from '../../../../src/lib/ingest/legal-text/resolve-relations.ts';
import type { LegalData } from '../../../../src/lib/content-model.ts';

const entry = (id: string, title: string, citation?: LegalData['citation']): { id: string; data: LegalData } => ({
  id,
  data: { kind: 'law', title: { id: title }, aliases: { id: [], en: [] }, jurisdiction: 'Indonesia', ...(citation ? { citation } : {}) } as LegalData,
});

const index = buildLegalIndex([
  entry('uu-11-2008', 'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik', { form: 'uu', number: '11', year: 2008 }),
  entry('untoc', 'Konvensi Perserikatan Bangsa-Bangsa Menentang Tindak Pidana Transnasional yang Terorganisasi'),
]);

describe('resolveRelations', () => {
  it('matches a cited regulation by citation and a named convention by name, each with its words', () => {
    const { relations, review } = resolveRelations(
      [
        { type: 'legal_basis', citation: { form: 'uu', number: '11', year: 2008 }, cited: 'Undang-Undang Nomor 11 Tahun 2008', sentence: 'Undang-Undang Nomor 11 Tahun 2008 tentang ITE' },
        { type: 'ratifies', cited: 'Konvensi Perserikatan Bangsa-Bangsa Menentang Tindak Pidana Transnasional yang Terorganisasi', sentence: 'PENGESAHAN ...' },
      ],
      index,
      'uu-5-2009',
    );
    expect(relations).toEqual([
      { type: 'legal_basis', target: 'uu-11-2008', quote: 'Undang-Undang Nomor 11 Tahun 2008 tentang ITE' },
      { type: 'ratifies', target: 'untoc', quote: 'PENGESAHAN ...' },
    ]);
    expect(review).toEqual([]);
  });

  it('lists an instrument Lintas does not hold for review with its citation and words, and creates nothing', () => {
    const { relations, review } = resolveRelations(
      [{ type: 'implements', citation: { form: 'perpres', number: '39', year: 2019 }, cited: 'Peraturan Presiden Nomor 39 Tahun 2019', sentence: 'untuk melaksanakan ketentuan Pasal 9 ayat 3 Peraturan Presiden Nomor 39 Tahun 2019' }],
      index,
      undefined,
    );
    expect(relations).toEqual([]);
    expect(review).toHaveLength(1);
    expect(review[0]?.field).toBe('relations');
    expect(review[0]?.reason).toContain('implements: "Peraturan Presiden Nomor 39 Tahun 2019" is not in Lintas');
    expect(review[0]?.reason).toContain('untuk melaksanakan ketentuan Pasal 9 ayat 3');
  });

  it('never relates an instrument to itself, and states each relation once', () => {
    const reading = { type: 'legal_basis' as const, citation: { form: 'uu' as const, number: '11', year: 2008 }, cited: 'UU 11/2008', sentence: 'x' };
    expect(resolveRelations([reading], index, 'uu-11-2008').relations).toEqual([]);
    expect(resolveRelations([reading, reading], index, 'other').relations).toHaveLength(1);
  });
});
