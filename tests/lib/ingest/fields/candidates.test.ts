import { describe, expect, it } from 'vitest';
import { chooseCandidate, mergeCandidates } from '../../../../src/lib/ingest/fields/candidates.ts';

describe('mergeCandidates', () => {
  it('adds up agreeing evidence as a noisy-or and keeps the spelling proposed first', () => {
    const merged = mergeCandidates([
      { value: 'UNIVERSITAS JEMBER', score: 0.5, reason: 'cover line' },
      { value: 'Universitas Jember', score: 0.5, reason: 'form line' },
    ]);
    expect(merged).toEqual([{ value: 'UNIVERSITAS JEMBER', score: 0.75, reason: 'cover line + form line' }]);
  });

  it('compares lists of records field by field, so different people stay apart', () => {
    const merged = mergeCandidates([
      { value: [{ name: 'Dr. Ani', role: 'Pembimbing I' }], score: 0.5, reason: 'label' },
      { value: [{ name: 'DR. ANI', role: 'pembimbing I' }], score: 0.5, reason: 'signature' },
      { value: [{ name: 'Dr. Budi', role: 'Pembimbing I' }], score: 0.5, reason: 'sentence' },
    ]);
    expect(merged.map((c) => [c.value[0]?.name, c.score])).toEqual([['Dr. Ani', 0.75], ['Dr. Budi', 0.5]]);
  });

  it('compares by what the caller says makes two values the same', () => {
    const byName = (list: Array<{ name: string; role: string }>) => list.map((s) => s.name).join(' | ');
    const merged = mergeCandidates(
      [
        { value: [{ name: 'Dr. Ani', role: 'Pembimbing' }], score: 0.5, reason: 'block' },
        { value: [{ name: 'Dr. Ani', role: 'Supervisor' }], score: 0.5, reason: 'label' },
      ],
      byName,
    );
    expect(merged).toEqual([{ value: [{ name: 'Dr. Ani', role: 'Pembimbing' }], score: 0.75, reason: 'block + label' }]);
  });

  it('drops values with nothing to compare', () => {
    expect(mergeCandidates([{ value: ' – ', score: 0.9, reason: 'dash' }])).toEqual([]);
  });
});

describe('chooseCandidate', () => {
  it('chooses the best supported value without doubt when it is strong and clear', () => {
    const choice = chooseCandidate([
      { value: ['FITRI RAMDHANI'], score: 0.8, reason: "name after 'oleh'" },
      { value: ['Khang Minh'], score: 0.45, reason: 'names under a heading' },
    ]);
    expect(choice).toEqual({ value: ['FITRI RAMDHANI'], score: 0.8, reason: "name after 'oleh'" });
  });

  it('flags a weak choice', () => {
    expect(chooseCandidate([{ value: 'A new decade for social changes', score: 0.25, reason: "the sharing site's title" }])?.doubt).toMatch(
      /^weak evidence/,
    );
  });

  it('flags a choice with a close rival, naming it', () => {
    const choice = chooseCandidate([
      { value: 'Legal Protection for Victims', score: 0.6, reason: 'heading over the authors' },
      { value: 'Keywords', score: 0.55, reason: 'capitals block' },
    ]);
    expect(choice?.value).toBe('Legal Protection for Victims');
    expect(choice?.doubt).toContain('close to "Keywords"');
  });

  it('chooses nothing from no candidates', () => {
    expect(chooseCandidate([])).toBeUndefined();
  });
});
