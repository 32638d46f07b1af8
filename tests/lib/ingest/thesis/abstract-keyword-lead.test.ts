import { describe, expect, it } from 'vitest';
import { withoutLeadingKeywords } from '../../../../src/lib/ingest/thesis/abstract-keyword-lead.ts';

describe('withoutLeadingKeywords', () => {
  it('cuts the keyword column a copy ran into the abstract', () => {
    const abstract = 'Migration; Irregular\nmigration; Bali Process Migration, or the movement of people is not new.';
    expect(withoutLeadingKeywords(abstract, ['Migration', 'Irregular migration', 'Bali Process'])).toBe('Migration, or the movement of people is not new.');
  });

  it('leaves an abstract that only mentions its keywords, or a list of one', () => {
    const abstract = 'Migration, or the movement of people, is not new; the Bali Process answers it.';
    expect(withoutLeadingKeywords(abstract, ['Migration', 'Bali Process'])).toBe(abstract);
    expect(withoutLeadingKeywords('Migration is not new.', ['Migration'])).toBe('Migration is not new.');
  });
});
