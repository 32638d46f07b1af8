import { describe, expect, it } from 'vitest';
import { parseInstrumentText } from '../../../../src/lib/ingest/legal-text/parse-instrument-text.ts';
import { parseLegalText } from '../../../../src/lib/ingest/legal-text/parse-legal-text.ts';
import { legalFixture } from './fixture.ts';

const flagged = (fields: { review: Array<{ field: string }> }) => fields.review.map(({ field }) => field);

describe('parseInstrumentText', () => {
  it('reads a co-chairs\' statement: its meeting as title and adopting body, who speaks, where and when, who attended', () => {
    const parsed = parseInstrumentText(legalFixture('real/dev/legal/bali-process-2002-ministerial-cochairs-statement-usinfo.txt'));
    const title = 'Bali Ministerial Conference on People Smuggling, Trafficking in Persons and Related Transnational Crime';
    expect(parsed.data).toMatchObject({
      kind: 'statement',
      title: { id: title, en: title },
      formAsPrinted: "Co-Chairs' Statement",
      issuer: 'the Foreign Ministers of Indonesia and Australia',
      adoptingBody: title,
      concluded: { place: 'Bali, Indonesia', date: '2002-02-28' },
      adopted: '2002-02-28',
      year: 2002,
    });
    expect(parsed.data.parties).toHaveLength(36);
    expect(parsed.body.split('\n\n')[0]).toMatch(/^1\\\. We, the Foreign Ministers/);
    expect(flagged(parsed)).toContain('title.id');
    expect(flagged(parsed)).not.toContain('parties');
  });

  it('dates a treaty\'s dateline as its signature and flags what the text lacks, inventing none of it', () => {
    const parsed = parseInstrumentText(legalFixture('real/dev/legal/coe-convention-cybercrime-ets185-slideshare.txt'));
    expect(parsed.data).toMatchObject({ kind: 'convention', number: 'No. 185', signed: '2001-11-23', concluded: { place: 'Budapest', date: '2001-11-23' } });
    expect(parsed.data.adopted).toBeUndefined();
    expect(parsed.data.issuer).toBeUndefined();
    expect(parsed.data.adoptingBody).toBeUndefined();
    expect(parsed.data.parties).toEqual([]);
    expect(flagged(parsed)).toEqual(expect.arrayContaining(['issuer', 'adoptingBody', 'parties', 'jurisdiction', 'summary']));
    expect(parsed.body).toMatch(/^## Preamble\n\nThe member States of the Council of Europe/);
  });

  it('keeps an Indonesian text\'s title as Indonesian only and asks for the English one', () => {
    const parsed = parseInstrumentText(legalFixture('real/dev/legal/un-konvensi-penghapusan-diskriminasi-ras-docplayer.txt'));
    expect(parsed.data.title).toEqual({ id: 'KONVENSI INTERNASIONAL PENGHAPUSAN SEGALA BENTUK DISKRIMINASI RAS' });
    expect(parsed.data).toMatchObject({ adoptingBody: 'Majelis Umum', adopted: '1965-12-21', concluded: { date: '1965-12-21' } });
    expect(flagged(parsed)).toEqual(expect.arrayContaining(['title.en', 'concluded.place']));
  });
});

describe('parseLegalText', () => {
  it('reads a text whose heading names an instrument, not a regulation form, as an international instrument', () => {
    expect(parseLegalText(legalFixture('real/dev/legal/asean-treaty-mutual-legal-assistance-2004-judiciary-ph.txt')).data.kind).toBe('agreement');
  });

  it('still reads a ratification law, which names a treaty in its title, as a regulation', () => {
    const parsed = parseLegalText(legalFixture('real/dev/legal/uu-5-2009-pengesahan-untoc-studylib.txt'));
    expect(parsed.data.kind).toBe('law');
    expect(parsed.data.citation).toMatchObject({ form: 'uu', number: '5', year: 2009 });
  });
});
