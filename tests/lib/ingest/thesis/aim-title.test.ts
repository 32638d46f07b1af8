import { describe, expect, it } from 'vitest';
import { deriveTitleFromAim } from '../../../../src/lib/ingest/thesis/aim-title.ts';

describe('deriveTitleFromAim', () => {
  it('reads the object of the aim sentence', () => {
    expect(deriveTitleFromAim('Penelitian ini bertujuan untuk mengetahui bagaimana peran BNN dalam pencegahan narkoba. Metode ...', 'id')).toBe('Peran BNN dalam pencegahan narkoba');
    expect(deriveTitleFromAim('This study aims to examine the role of the Bali Process. It uses ...', 'en')).toBe('The role of the Bali Process');
  });

  it('derives nothing when the verb is one of a list, the rest of the list following it', () => {
    expect(deriveTitleFromAim("This research aims to analyse and determine Indonesia's efforts to handle irregular migration. It uses ...", 'en')).toBeUndefined();
    expect(deriveTitleFromAim('Penelitian ini bertujuan untuk menganalisis dan menjelaskan kerja sama Indonesia. Metode ...', 'id')).toBeUndefined();
  });

  it('derives nothing when the sentence goes on to a second aim', () => {
    expect(
      deriveTitleFromAim('Penelitian ini bertujuan untuk menjelaskan pengaturan bantuan hukum timbal balik, serta untuk menganalisis tindakan pemerintah. Metode ...', 'id'),
    ).toBeUndefined();
    expect(deriveTitleFromAim('This study aims to describe the treaty and to explain how it was used. It uses ...', 'en')).toBeUndefined();
  });
});
