import { describe, expect, it } from 'vitest';
import { readInstrumentBody } from '../../../../src/lib/ingest/legal-text/instrument-body.ts';

describe('readInstrumentBody', () => {
  it('reads a treaty: the preamble one recital a paragraph, then each article under a heading of its number', () => {
    const text = [
      'TREATY ON ASSISTANCE',
      'Article 1 Scope of Assistance',
      'The Governments of A and B,',
      'RECALLING the Charter;',
      'DESIRING to cooperate;',
      'Have agreed as follows:',
      'Article 1 – Scope',
      '1. The Parties shall assist.',
      'Article 2',
      'Requests shall be in writing.',
    ].join('\n');
    const body = readInstrumentBody(text);
    expect(body.articles).toEqual(['1', '2']);
    expect(body.markdown).toBe(
      [
        'The Governments of A and B,',
        'RECALLING the Charter;',
        'DESIRING to cooperate; Have agreed as follows:',
        '### Article 1',
        '**Scope**',
        '1\\. The Parties shall assist.',
        '### Article 2',
        'Requests shall be in writing.',
      ].join('\n\n'),
    );
  });

  it('reads an Indonesian convention\'s articles as "Pasal", whose anchors are the regulations\' own', () => {
    const body = readInstrumentBody('KONVENSI\nNegara-Negara Pihak Konvensi ini,\nMenimbang bahwa x,\nTELAH MENYETUJUI sebagai berikut:\nPasal 1\nIsi pasal.');
    expect(body.articles).toEqual(['1']);
    expect(body.markdown).toContain('### Pasal 1\n\nIsi pasal.');
  });

  it('reads a statement: its opening, the section headings between paragraphs, and each numbered paragraph', () => {
    const text = 'CO-CHAIRS’ STATEMENT\nWe, the Ministers, had the honour to\nco-chair the Conference.\nI. Decisions\n1. Ministers acknowledged\nthe levels of displacement.\n2. Ministers welcomed progress.\nRegional developments\n3. The meeting noted it.';
    const body = readInstrumentBody(text);
    expect(body.paragraphs).toBe(3);
    expect(body.markdown).toBe(
      [
        'We, the Ministers, had the honour to co-chair the Conference.',
        '## I. Decisions',
        '1\\. Ministers acknowledged the levels of displacement.',
        '2\\. Ministers welcomed progress.',
        '## Regional developments',
        '3\\. The meeting noted it.',
      ].join('\n\n'),
    );
  });

  it('reads a preamble run on one line as its recitals, and nothing of a text that never starts to speak', () => {
    const body = readInstrumentBody('DECLARATION Manila WE, the Heads, gathered for the Summit; MINDFUL of ICTs; RECALLING the Declaration, signed in Manila;');
    expect(body.markdown.split('\n\n')).toEqual(['WE, the Heads, gathered for the Summit;', 'MINDFUL of ICTs;', 'RECALLING the Declaration, signed in Manila;']);
    expect(readInstrumentBody('A page about a convention, with no text of it.').markdown).toBe('');
  });
});
