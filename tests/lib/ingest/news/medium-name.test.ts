import { describe, expect, it } from 'vitest';
import { namesNewsMedium, splitMediumAndPlace } from '../../../../src/lib/ingest/news/medium-name.ts';

describe('namesNewsMedium', () => {
  it.each(['The Jakarta Post', 'Associated Press', 'Jakarta Globe', 'The Star', 'Laporan Harian', 'Mainberita', 'Harian Kompas', 'Straits Times'])('reads %j as a news medium', (name) => {
    expect(namesNewsMedium(name)).toBe(true);
  });

  it.each(['Budi Santoso', 'Press Release', 'Jakarta', 'LENTERAMERAH', 'Kuala Lumpur', 'the post office of the town', 'Compost', 'Multimedia', 'Tim Media', 'Harian Kompas Jakarta Pusat Selatan'])(
    'reads %j as no news medium',
    (name) => {
      expect(namesNewsMedium(name)).toBe(false);
    },
  );
});

describe('splitMediumAndPlace', () => {
  it("splits an agency's credit from the known place closing it", () => {
    expect(splitMediumAndPlace('Associated Press Kuala Lumpur')).toEqual({ medium: 'Associated Press', place: 'Kuala Lumpur' });
    expect(splitMediumAndPlace('The Jakarta Post Jakarta')).toEqual({ medium: 'The Jakarta Post', place: 'Jakarta' });
  });

  it("reads no person's name before a place, nor a sentence", () => {
    expect(splitMediumAndPlace('The Jakarta Post/Batam')).toEqual({ medium: 'The Jakarta Post', place: 'Batam' });
    expect(splitMediumAndPlace('The Jakarta Post / Jakarta')).toEqual({ medium: 'The Jakarta Post', place: 'Jakarta' });
    expect(splitMediumAndPlace('Budi Santoso/Batam')).toBeUndefined();
    expect(splitMediumAndPlace('The Jakarta Post/Nasional')).toBeUndefined();
    expect(splitMediumAndPlace('Budi Santoso Kuala Lumpur')).toBeUndefined();
    expect(splitMediumAndPlace('Associated Press reported from Kuala Lumpur')).toBeUndefined();
    expect(splitMediumAndPlace('Associated Press')).toBeUndefined();
  });
});
