import { describe, expect, it } from 'vitest';
import { detectKeywordLanguage } from '../../../../src/lib/ingest/thesis/keyword-language.ts';

describe('detectKeywordLanguage', () => {
  it('tells an Indonesian list by its affixes and stock words, whatever its label', () => {
    expect(detectKeywordLanguage(['pencucian uang', 'kejahatan lintas negara', 'ekstradisi', 'Interpol'])).toBe('id');
    expect(detectKeywordLanguage(['money laundering', 'Interpol', 'extradition', 'mutual legal assistance'])).toBe('en');
  });

  it('tells migrant workers in Indonesian ("Pekerja Migran") from the English label over them', () => {
    expect(detectKeywordLanguage(['Perlindungan Hukum', 'TPPO', 'Pekerja Migran'])).toBe('id');
  });

  it('follows the keywords that outnumber the other language when a list mixes both', () => {
    expect(detectKeywordLanguage(['Money Laundering', 'Penyelundupan Senjata', 'Kerja Sama Regional', 'Organisasi Kejahatan'])).toBe('id');
  });

  it('gives no language for names and acronyms, or for a list split evenly', () => {
    expect(detectKeywordLanguage(['ASEAN', 'Interpol', 'Indonesia'])).toBeUndefined();
    expect(detectKeywordLanguage(['pemberantasan terorisme', 'radicalisation'])).toBeUndefined();
  });

  it('needs at least half the list to point one way', () => {
    expect(detectKeywordLanguage(['penyelundupan', 'kepolisian', 'ASEAN', 'Interpol', 'Mekong', 'Thailand'])).toBeUndefined();
  });
});
