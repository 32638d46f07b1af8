import { describe, expect, it } from 'vitest';
import { applyCuratedFields } from '../../../src/lib/ingest/curated-fields.ts';

const generated = {
  title: { id: 'Judul dari teks' },
  year: undefined,
  review: [
    { field: 'year', reason: 'not given in the source' },
    { field: 'title', reason: 'derived from the stated aim' },
    { field: 'authors', reason: 'not given in the source' },
  ],
  curated: [],
};

describe('applyCuratedFields', () => {
  it('returns the generated data as it is when nothing is curated', () => {
    expect(applyCuratedFields(generated, { year: 2020 })).toBe(generated);
  });

  it('keeps curated values, nested ones too, and the reasons', () => {
    const existing = {
      year: 2024,
      title: { id: 'Judul lama', en: 'Title added by hand' },
      curated: [
        { field: 'year', reason: 'from the university repository record' },
        { field: 'title.en', reason: 'translated by the editor' },
      ],
    };
    const merged = applyCuratedFields(generated, existing);
    expect(merged.year).toBe(2024);
    expect(merged.title).toEqual({ id: 'Judul dari teks', en: 'Title added by hand' });
    expect(merged.curated).toEqual(existing.curated);
  });

  it('drops the review flags that the curation answered, and only those', () => {
    const merged = applyCuratedFields(generated, {
      year: 2024,
      title: { en: 'T' },
      curated: [
        { field: 'year', reason: 'r' },
        { field: 'title.en', reason: 'r' },
      ],
    });
    expect(merged.review).toEqual([{ field: 'authors', reason: 'not given in the source' }]);
  });

  it('ignores malformed curated items', () => {
    const merged = applyCuratedFields(generated, { year: 1, curated: [{ field: 'year' }, 'x'] });
    expect(merged).toBe(generated);
  });
});
