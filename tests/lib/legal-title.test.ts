import { describe, expect, it } from 'vitest';
import { legalTitleIn } from '../../src/lib/legal-title.ts';

describe('legalTitleIn', () => {
  it('gives the title in the page language when there is one', () => {
    expect(legalTitleIn({ id: 'Perpres 53/2017', en: 'Presidential Regulation 53/2017' }, 'en')).toEqual({ lang: 'en', text: 'Presidential Regulation 53/2017' });
  });

  it('falls back to the Indonesian title, marked as Indonesian', () => {
    expect(legalTitleIn({ id: 'Peraturan Menteri Nomor 1 Tahun 2023' }, 'en')).toEqual({ lang: 'id', text: 'Peraturan Menteri Nomor 1 Tahun 2023' });
  });
});
