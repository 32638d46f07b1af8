import { describe, expect, it } from 'vitest';
import { buildNamePattern, nameKeyWord, splitNameWords, textForKeyWords } from '../../../../src/lib/ingest/legal/name-pattern.ts';

/** Every text span the pattern for `name` finds in `text`. */
function found(name: string, text: string): string[] {
  const pattern = buildNamePattern(name);
  if (!pattern) throw new Error(`no pattern for "${name}"`);
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('splitNameWords', () => {
  it('splits on spaces and hyphens alike', () => {
    expect(splitNameWords('Perserikatan Bangsa-Bangsa  (PBB)')).toEqual(['Perserikatan', 'Bangsa', 'Bangsa', '(PBB)']);
  });
});

describe('buildNamePattern', () => {
  it('matches in any case and across line breaks and blank lines', () => {
    expect(found('Bali Process', 'the BALI\n\nprocess met')).toEqual(['BALI\n\nprocess']);
  });

  it('matches whole words only', () => {
    expect(found('Bali Process', 'Bali Processing and Bali Processes')).toEqual([]);
    expect(found('UNTOC', 'UNTOCS or xUNTOC, but UNTOC.')).toEqual(['UNTOC']);
  });

  it('treats a hyphen and a space as the same joint, also across a line break', () => {
    expect(found('Anti-Trafficking Law', 'an anti trafficking law and an Anti-\nTrafficking Law')).toEqual([
      'anti trafficking law',
      'Anti-\nTrafficking Law',
    ]);
  });

  it('treats "PBB" and "Perserikatan Bangsa-Bangsa" as the same words, both ways', () => {
    const text = 'Konvensi Perserikatan Bangsa-Bangsa Menentang Korupsi; Konvensi PBB Menentang Korupsi';
    expect(found('Konvensi PBB Menentang Korupsi', text)).toHaveLength(2);
    expect(found('Konvensi Perserikatan Bangsa-Bangsa Menentang Korupsi', text)).toHaveLength(2);
    expect(found('Konvensi PBB Menentang Korupsi', 'Konvensi Perserikatan\nBangsa Bangsa Menentang Korupsi')).toHaveLength(1);
  });

  it('treats "UN" and "United Nations" as the same words', () => {
    expect(found('UN Convention against Corruption', 'the United Nations Convention against Corruption')).toEqual([
      'United Nations Convention against Corruption',
    ]);
  });

  it('accepts both spellings of terorganisir/terorganisasi and organized/organised', () => {
    expect(found('Kejahatan Transnasional Terorganisir', 'kejahatan transnasional terorganisasi')).toHaveLength(1);
    expect(found('Organized Crime Convention', 'the Organised Crime Convention')).toHaveLength(1);
  });

  it('keeps punctuation of the name literal', () => {
    expect(found('ETS No. 185', 'ETS No. 185 and ETS No 185 and ETS Nox 185')).toEqual(['ETS No. 185']);
    expect(found('UU 5/2009', 'UU 5/2009 and UU 5-2009')).toEqual(['UU 5/2009']);
  });

  it('gives no pattern for a name without words', () => {
    expect(buildNamePattern('  ')).toBeUndefined();
  });
});

describe('nameKeyWord', () => {
  it('is the longest plain word of the name, in lower case', () => {
    expect(nameKeyWord('Undang-Undang Informasi dan Transaksi Elektronik')).toBe('elektronik');
    expect(nameKeyWord('UU 5/2009')).toBe('uu');
  });

  it('skips words with another spelling the pattern also accepts, and words with other signs', () => {
    expect(nameKeyWord('Kejahatan Terorganisir')).toBe('kejahatan');
    expect(nameKeyWord('ETS No. 185')).toBe('ets');
    expect(nameKeyWord('UN Convention')).toBe('convention');
    expect(nameKeyWord('PBB')).toBeUndefined();
  });

  it('is in every text the pattern finds the name in', () => {
    const names = ['Undang-Undang Informasi dan Transaksi Elektronik', 'UN Convention against Corruption', 'Konvensi PBB Menentang Korupsi', 'UU 5/2009'];
    const texts = [
      'UNDANG-UNDANG\nINFORMASI DAN TRANSAKSI-ELEKTRONIK',
      'the United Nations CONVENTION against corruption',
      'konvensi Perserikatan Bangsa-Bangsa menentang korupsi',
      'UU 5/2009',
      'the Convention against Corruption (UNCAC)',
    ];
    for (const name of names) {
      const key = nameKeyWord(name);
      for (const text of texts) {
        if (key !== undefined && buildNamePattern(name)?.test(text)) expect(textForKeyWords(text), `${name} in ${text}`).toContain(key);
      }
    }
  });
});

describe('textForKeyWords', () => {
  it('lowers the case, and reads the long s as the pattern does', () => {
    expect(textForKeyWords('Tranſaksi ELEKTRONIK')).toBe('transaksi elektronik');
    expect(buildNamePattern('transaksi')?.test('Tranſaksi')).toBe(true);
  });
});
