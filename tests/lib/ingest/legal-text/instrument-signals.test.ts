import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/lib/ingest/detect-kind.ts';
import { looksLikeInstrument } from '../../../../src/lib/ingest/legal-text/instrument-signals.ts';
import { legalFixture } from './fixture.ts';

describe('international instrument detection', () => {
  it.each([
    'real/dev/legal/asean-treaty-mutual-legal-assistance-2004-judiciary-ph.txt',
    'real/dev/legal/bali-process-2016-sixth-ministerial-cochairs-statement-paperzz.txt',
    'real/dev/legal/asean-declaration-prevent-combat-cybercrime-2017-cyberpolicyportal.txt',
    'real/dev/legal/un-konvensi-penghapusan-diskriminasi-ras-docplayer.txt',
  ])('reads %s as a legal text, strongly, and says why', (path) => {
    const detection = detectKind(legalFixture(path), path);
    expect(detection.kind).toBe('legal');
    expect(detection.confidence).toBe('strong');
    expect(detection.reasons[0]).toMatch(/^instrument heading "/);
  });

  it('weighs the formulas only an instrument prints', () => {
    const text = 'The States Parties to this Convention,\nRECALLING the Charter,\nCONCERNED by crime,\nHave agreed as follows:\nArticle 1\nText.\nIN WITNESS WHEREOF the undersigned have signed.';
    const { score, reasons } = looksLikeInstrument(text);
    expect(score).toBe(2 + 2 + 2 + 1 + 1);
    expect(reasons).toHaveLength(5);
  });

  it('gives a news report on a declaration no more than a point or two', () => {
    const news =
      'JAKARTA - Para menteri ASEAN menandatangani deklarasi tentang kejahatan siber pada Senin. ' +
      'Deklarasi itu, kata Menteri, akan memperkuat kerja sama. "We, the leaders, agreed," ujarnya menirukan pidato.';
    expect(looksLikeInstrument(news).score).toBeLessThanOrEqual(2);
  });
});
