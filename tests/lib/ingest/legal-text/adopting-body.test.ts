import { describe, expect, it } from 'vitest';
import { readAdoptingBody } from '../../../../src/lib/ingest/legal-text/adopting-body.ts';

describe('readAdoptingBody', () => {
  it('reads the summit the speakers gathered for', () => {
    expect(readAdoptingBody('WE, the Heads, gathered in Manila, Philippines for the 31st ASEAN Summit; MINDFUL of')).toBe('31st ASEAN Summit');
  });

  it('reads the organ of an adoption line, in Indonesian or English', () => {
    expect(readAdoptingBody('KONVENSI Disetujui dan dibuka bagi penandatanganan oleh Resolusi Majelis Umum 2106 A (XX)')).toBe('Majelis Umum');
    expect(readAdoptingBody('Protocol adopted by the General Assembly in resolution 55/25')).toBe('General Assembly');
  });

  it('takes a statement\'s own meeting first, and reads no body the text only recalls', () => {
    expect(readAdoptingBody('anything', 'Senior Officials’ Meeting')).toBe('Senior Officials’ Meeting');
    expect(readAdoptingBody('RECALLING the Declaration signed by the ASEAN Ministers on 20 December 1997 in Manila')).toBeUndefined();
  });
});
