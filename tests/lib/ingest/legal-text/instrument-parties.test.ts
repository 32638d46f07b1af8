import { describe, expect, it } from 'vitest';
import { readParties, readSpeaker } from '../../../../src/lib/ingest/legal-text/instrument-parties.ts';

describe('readSpeaker', () => {
  it.each([
    ['WE, the Heads of State/Government of ASEAN (herein referred as ASEAN) namely Brunei', 'the Heads of State/Government of ASEAN'],
    ['1. We, the Foreign Ministers of Indonesia and Australia, had the honour', 'the Foreign Ministers of Indonesia and Australia'],
    ['1. We, Ministers of the Bali Process on People Smuggling, Trafficking in Persons, note with concern', 'Ministers of the Bali Process on People Smuggling, Trafficking in Persons'],
  ])('reads the speaker of "%s"', (text, who) => {
    expect(readSpeaker(text)).toBe(who);
  });

  it('reads none where nobody says "We"', () => {
    expect(readSpeaker('The States Parties to this Protocol, Declaring that')).toBeUndefined();
  });
});

describe('readParties', () => {
  it('reads the governments a treaty names, up to "hereinafter"', () => {
    expect(readParties('The Governments of Brunei Darussalam, the Kingdom of Cambodia, Malaysia and the Socialist Republic of Vietnam (hereinafter referred to as "the Parties"):')).toEqual([
      'Brunei Darussalam',
      'the Kingdom of Cambodia',
      'Malaysia',
      'the Socialist Republic of Vietnam',
    ]);
  });

  it('reads the states a declaration names after "namely", and a meeting\'s participants after "attended by"', () => {
    expect(readParties('WE, the Heads (herein ASEAN) namely Brunei Darussalam, the Lao People’s Democratic Republic, and the Republic of the Union of Myanmar, gathered in Manila')).toEqual([
      'Brunei Darussalam',
      'the Lao People’s Democratic Republic',
      'the Republic of the Union of Myanmar',
    ]);
    expect(readParties('in Bali, attended by Fiji, UNTAET/East Timor, Vanuatu and Vietnam, as well as the Director-General')).toEqual(['Fiji', 'UNTAET/East Timor', 'Vanuatu', 'Vietnam']);
  });

  it('lists none for parties named only as a class, or a list that is a sentence', () => {
    expect(readParties('The States Parties to this Convention, Considering that')).toEqual([]);
    expect(readParties('The meeting was attended by officials who noted the progress, and agreed to meet again.')).toEqual([]);
  });
});
