import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/lib/text/detect-language.ts';

describe('detectLanguage', () => {
  it('tells Indonesian from English and abstains on too little text', () => {
    expect(detectLanguage('Penelitian ini bertujuan untuk mengetahui bentuk kerja sama yang dilakukan dengan Belanda.')).toBe('id');
    expect(detectLanguage('Security is primarily about the fate of human collectivities and the pursuit of freedom from threat.')).toBe('en');
    expect(detectLanguage('Cybercrime')).toBeUndefined();
  });
});
