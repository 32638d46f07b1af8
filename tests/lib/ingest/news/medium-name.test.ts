import { describe, expect, it } from 'vitest';
import { namesNewsMedium } from '../../../../src/lib/ingest/news/medium-name.ts';

describe('namesNewsMedium', () => {
  it.each(['The Jakarta Post', 'Jakarta Globe', 'The Star', 'Laporan Harian', 'Mainberita', 'Harian Kompas', 'Straits Times'])('reads %j as a news medium', (name) => {
    expect(namesNewsMedium(name)).toBe(true);
  });

  it.each(['Budi Santoso', 'Jakarta', 'LENTERAMERAH', 'Kuala Lumpur', 'the post office of the town', 'Compost', 'Harian Kompas Jakarta Pusat Selatan'])(
    'reads %j as no news medium',
    (name) => {
      expect(namesNewsMedium(name)).toBe(false);
    },
  );
});
