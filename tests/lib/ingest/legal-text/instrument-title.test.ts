import { describe, expect, it } from 'vitest';
import { readInstrumentHeading } from '../../../../src/lib/ingest/legal-text/instrument-title.ts';
import { legalFixture } from './fixture.ts';

describe('readInstrumentHeading', () => {
  it.each([
    ['a treaty title in capitals below a library date line', 'real/dev/legal/asean-treaty-mutual-legal-assistance-2004-judiciary-ph.txt', 'TREATY ON MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS', 'TREATY', 'agreement'],
    ['a declaration run on one line with its dateline, without the "ADOPTED" stamp', 'real/dev/legal/asean-declaration-prevent-combat-cybercrime-2017-cyberpolicyportal.txt', 'ASEAN DECLARATION TO PREVENT AND COMBAT CYBERCRIME', 'DECLARATION', 'declaration'],
    ['a convention below its treaty series line', 'real/dev/legal/coe-convention-cybercrime-ets185-slideshare.txt', 'Convention on Cybercrime', 'Convention', 'convention'],
    ['an Indonesian convention', 'real/dev/legal/un-konvensi-penghapusan-diskriminasi-ras-docplayer.txt', 'KONVENSI INTERNASIONAL PENGHAPUSAN SEGALA BENTUK DISKRIMINASI RAS', 'KONVENSI', 'convention'],
  ])('reads %s', (_, path, title, formAsPrinted, kind) => {
    expect(readInstrumentHeading(legalFixture(path))).toEqual({ title, formAsPrinted, kind });
  });

  it('joins a title broken over lines and ends it at the preamble', () => {
    const text = 'Annex\nIII Protocol\nagainst the Smuggling of Migrants, supplementing the United\nNations Convention against Crime Preamble The\nStates Parties to this Protocol,';
    expect(readInstrumentHeading(text).title).toBe(
      'Protocol against the Smuggling of Migrants, supplementing the United Nations Convention against Crime',
    );
  });

  it('titles a statement whose heading is its form alone by the meeting printed above it, once', () => {
    const text = 'SIXTH CONFERENCE OF THE BALI PROCESS ON\nSIXTH CONFERENCE OF THE BALI PROCESS ON\nPEOPLE SMUGGLING\nBALI, INDONESIA, 23 MARCH 2016\nCO-CHAIRS’ STATEMENT\nWe, the Ministers, met.';
    expect(readInstrumentHeading(text)).toEqual({
      title: 'SIXTH CONFERENCE OF THE BALI PROCESS ON PEOPLE SMUGGLING',
      meeting: 'SIXTH CONFERENCE OF THE BALI PROCESS ON PEOPLE SMUGGLING',
      formAsPrinted: 'CO-CHAIRS’ STATEMENT',
      kind: 'statement',
    });
  });

  it('takes no sentence, headline or menu item that only mentions an instrument for a heading', () => {
    expect(readInstrumentHeading('The story we are often told is that the Refugee Convention matters.\nMore text.')).toEqual({});
    expect(readInstrumentHeading('The Bali Process Eighth Ministerial Conference, Co-Chairs’ Statement\n\n  • Joint Statement\n1. The meeting')).toEqual({});
  });
});
