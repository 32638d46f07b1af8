import { describe, expect, it } from 'vitest';
import { readInstrumentDate } from '../../../../src/lib/ingest/legal-text/instrument-date.ts';

describe('readInstrumentDate', () => {
  it.each([
    ['a dateline after a title run on one line', 'ASEAN DECLARATION ON CRIME Manila, the Philippines, 13 November 2017 WE, the Heads', { place: 'Manila, the Philippines', date: '2017-11-13', act: 'dated' }],
    ['a dateline in capitals, not taking the title above for the place', 'CONFERENCE ON\nRELATED CRIME\nBALI, INDONESIA, 23 MARCH 2016\nSTATEMENT', { place: 'BALI, INDONESIA', date: '2016-03-23', act: 'dated' }],
    ['a Council of Europe date with a Roman month', 'Convention on Cybercrime\nBudapest, 23.XI.2001\nPreamble', { place: 'Budapest', date: '2001-11-23', act: 'dated' }],
    ['the last day of a meeting, with the place on the line below', 'Conference on Crime\nFebruary 27-28, 2002\nBali, Indonesia\nCo-Chairs\' Statement', { place: 'Bali, Indonesia', date: '2002-02-28', act: 'dated' }],
    ['a date line alone, without a place', 'Library\nNovember 29, 2004\n\nTREATY ON ASSISTANCE', { date: '2004-11-29', act: 'dated' }],
    ['the signature formula', 'Article 32\nDONE at Kuala Lumpur, Malaysia this 29th day of November 2004, in a single copy.', { place: 'Kuala Lumpur, Malaysia', date: '2004-11-29', act: 'signed' }],
    ['an Indonesian adoption line, not the entry into force after it', 'KONVENSI X Disetujui dan dibuka bagi penandatanganan oleh Resolusi Majelis Umum 2106 A (XX) 21 Desember 1965 Berlaku 4 Januari 1969', { date: '1965-12-21', act: 'adopted' }],
    ['the place and day a statement says its speakers gathered', '1. We, the Heads, gathered in Jakarta, Indonesia, on 5 September 2023 for the Summit.', { place: 'Jakarta, Indonesia', date: '2023-09-05', act: 'dated' }],
  ])('reads %s', (_, text, expected) => {
    expect(readInstrumentDate(text)).toEqual(expected);
  });

  it('reads nothing from a text that dates only what it recalls', () => {
    expect(readInstrumentDate('Protocol\nRecalling General Assembly resolution 54/212 of 22 December 1999, in which')).toBeUndefined();
  });
});
