import { describe, expect, it } from 'vitest';
import { queryVariants } from '../../../src/lib/search/query-variants.ts';

describe('queryVariants', () => {
  it.each([
    ['a closed compound is searched open too', 'kerjasama', ['kerjasama', 'kerja sama']],
    ['an open compound is searched closed too', 'kerja sama bilateral', ['kerja sama bilateral', 'kerjasama bilateral']],
    ['case and spacing of the typed query are kept first', '  Kerjasama   Bilateral ', ['Kerjasama Bilateral', 'kerja sama bilateral']],
    ['"non" compounds both ways', 'non-tradisional', ['non-tradisional', 'non tradisional', 'nontradisional']],
    ['an ordinary query has no other spelling', 'perdagangan orang', ['perdagangan orang']],
    ['two ordinary words are not joined', 'kerja keras', ['kerja keras']],
    ['a standard Indonesian ending is searched as texts often print it', 'efektivitas Interpol', ['efektivitas Interpol', 'efektifitas Interpol']],
    ['the common ending is searched in the standard one', 'Efektifitas', ['Efektifitas', 'efektivitas']],
    ['an American spelling is searched British too', 'organized crime', ['organized crime', 'organised crime']],
  ])('%s', (_, query, expected) => {
    expect(queryVariants(query)).toEqual(expected);
  });

  it('gives nothing for a blank query', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});
