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
    expect(applyCuratedFields(generated, { year: 2020 }, 'studies/x.md')).toBe(generated);
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
    const merged = applyCuratedFields(generated, existing, 'studies/x.md');
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
    }, 'studies/x.md');
    expect(merged.review).toEqual([{ field: 'authors', reason: 'not given in the source' }]);
  });

  it('ignores malformed curated items', () => {
    const merged = applyCuratedFields(generated, { year: 1, curated: [{ field: 'year' }, 'x'] }, 'studies/x.md');
    expect(merged).toBe(generated);
  });
});

describe('curated paths into lists', () => {
  it('are refused, naming the entry and the list', () => {
    const existing = { supervisors: [{ name: 'A', role: 'pembimbing I' }], curated: [{ field: 'supervisors.0.role', reason: 'r' }] };
    expect(() => applyCuratedFields(generated, existing, 'studies/x.md')).toThrow(
      /^studies\/x\.md: curated field "supervisors\.0\.role" points inside the list "supervisors"; curate the whole list instead$/,
    );
  });

  it('are allowed for a whole list', () => {
    const existing = { supervisors: [{ name: 'A' }], curated: [{ field: 'supervisors', reason: 'r' }] };
    expect(applyCuratedFields(generated, existing, 'studies/x.md').supervisors).toEqual([{ name: 'A' }]);
  });
});
