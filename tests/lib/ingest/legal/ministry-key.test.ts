import { describe, expect, it } from 'vitest';
import { ministryKey } from '../../../../src/lib/ingest/legal/ministry-key.ts';

describe('ministryKey', () => {
  it.each([
    ['Komunikasi dan Informatika', 'kominfo'],
    [' komunikasi  dan\ninformatika ', 'kominfo'],
    ['Communication and Informatics', 'kominfo'],
    ['KOMINFO', 'kominfo'],
    ['Kominfo', 'kominfo'],
    ['Hukum dan Hak Asasi Manusia', 'kumham'],
  ])('maps %j to the code %j', (name, key) => {
    expect(ministryKey(name)).toBe(key);
  });

  it('keeps an unknown ministry as its normalised name, so it matches only itself', () => {
    expect(ministryKey('Dalam  Negeri')).toBe('dalam negeri');
    expect(ministryKey('dagri')).toBe('dagri');
  });

  it('does not mistake inherited object keys for ministry codes', () => {
    expect(ministryKey('constructor')).toBe('constructor');
  });

  it('gives nothing for an empty name', () => {
    expect(ministryKey('  ')).toBeUndefined();
  });
});
