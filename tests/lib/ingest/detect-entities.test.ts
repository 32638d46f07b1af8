import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../src/lib/entities/entity-record.ts';
import {
  buildEntityMatcher,
  detectCountries as detectCountriesWith,
  detectOrganisations as detectOrganisationsWith,
  detectPersons,
} from '../../../src/lib/ingest/detect-entities.ts';
import { readEntityRecords } from '../../../src/lib/ingest/tagging-indexes.ts';

const bundled = buildEntityMatcher(readEntityRecords(fileURLToPath(new URL('../../../content', import.meta.url))));
const detectCountries = (text: string) => detectCountriesWith(text, bundled).ids;
const detectOrganisations = (text: string) => detectOrganisationsWith(text, bundled).ids;

const sourcesDir = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

function seed(prefix: string): string {
  const file = readdirSync(sourcesDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${sourcesDir}${file}`, 'utf8');
}

describe('detectCountries on the seeds', () => {
  it('000: Indonesia and China ("Tiongkok")', () => {
    expect(detectCountries(seed('000'))).toEqual(['indonesia', 'china']);
  });

  it('001: Indonesia and Cambodia ("Kamboja", upper-case title)', () => {
    expect(detectCountries(seed('001'))).toEqual(['indonesia', 'cambodia']);
  });

  it('002: Indonesia and Thailand, and no US from "dolar AS"', () => {
    const countries = detectCountries(seed('002'));
    expect(countries.slice(0, 1)).toEqual(['indonesia']);
    expect(countries).toContain('thailand');
    expect(countries).not.toContain('united-states');
  });

  it('004: Indonesia, the Netherlands and the other partners it names', () => {
    expect(detectCountries(seed('004'))).toEqual(['indonesia', 'netherlands', 'australia', 'united-kingdom', 'united-states']);
  });
});

describe('detectCountries rules', () => {
  it.each([
    ['kerja sama dengan Tiongkok dan Cina', ['china']],
    ['Pemerintah kerajaan Inggris', ['united-kingdom']],
    ['Inggris Raya dan Britania Raya', ['united-kingdom']],
    ['Korea Selatan, Korea Utara', ['south-korea', 'north-korea']],
    ['warga negara Indonesia (WNI) di Myanmar', ['indonesia', 'myanmar']],
    ['ratusan WNI dipulangkan', ['indonesia']],
    ['Indonesian citizens and the Dutch government', ['indonesia', 'netherlands']],
    ['NCB-Interpol Indonesia', ['indonesia']],
    ['Indonesia-Netherland dialogue', ['indonesia', 'netherlands']],
    ['Presiden AS bertemu Presiden RI', ['united-states', 'indonesia']],
    ['The United States and the U.S.A.', ['united-states']],
  ])('%j -> %j', (text, expected) => {
    expect(detectCountries(text)).toEqual(expected);
  });

  it.each([
    ['kerugian 474 juta dolar AS', 'a currency'],
    ['a loss of US$ 5 million', 'a currency'],
    ['paid in US dollars', 'a currency'],
    ['abstrak dalam bahasa Inggris', 'a language'],
    ['LET US TALK ABOUT IT', 'the word "us" in a heading'],
    ['fine china and roast turkey', 'common nouns in lower case'],
    ['the Congo basin', 'a name shared by two countries'],
    ['pergi ke kamboja', 'lower case only'],
  ])('%j names no country (%s)', (text) => {
    expect(detectCountries(text)).toEqual([]);
  });

  it('drops "AS" inside an upper-case heading but keeps the other names there', () => {
    expect(detectCountries('KERJA SAMA AS DAN INGGRIS')).toEqual(['united-kingdom']);
  });
});

describe('detectOrganisations on the seeds', () => {
  it('000: the two National Central Bureaus, and INTERPOL for the bare shared name', () => {
    expect(detectOrganisations(seed('000'))).toEqual(['interpol', 'ncb-interpol-indonesia', 'ncb-interpol-china']);
  });

  it('001: the Indonesian National Central Bureau in every spelling', () => {
    expect(detectOrganisations(seed('001'))).toEqual(['ncb-interpol-indonesia']);
  });

  it('002: the ministry, ASEAN, the UN and UNODC (Indonesian name)', () => {
    expect(detectOrganisations(seed('002'))).toEqual(['kemlu', 'asean', 'un', 'unodc']);
  });

  it('003: the UNODC under another Indonesian rendering', () => {
    expect(detectOrganisations(seed('003'))).toContain('unodc');
  });

  it('004: the Indonesian cyber bodies and the foreign partners', () => {
    expect(detectOrganisations(seed('004'))).toEqual(['kominfo', 'id-sirtii', 'bssn', 'un', 'arf', 'dfat']);
  });
});

describe('detectOrganisations rules', () => {
  it('returns each organisation once, by its entity id, in order of first mention', () => {
    expect(detectOrganisations('BSSN bekerja sama dengan PBB. Badan Siber dan Sandi Negara juga ke Perserikatan Bangsa-Bangsa.')).toEqual([
      'bssn',
      'un',
    ]);
  });

  it('does not join a country from the next sentence', () => {
    expect(detectOrganisations('melalui Interpol. Indonesia lalu')).toEqual(['interpol']);
  });

  it("skips a ministry name when it belongs to another state", () => {
    expect(detectOrganisations('Kementerian Luar Negeri Belanda')).toEqual([]);
    expect(detectOrganisations('Kementerian Luar Negeri RI')).toEqual(['kemlu']);
  });

  it('does not take a position for its office', () => {
    expect(detectOrganisations('Wakil Menteri Luar Negeri (Wamenlu) RI')).toEqual([]);
  });

  it('reports organisations a text defines as "Long Capitalised Name (ACRONYM)" that no entity covers', () => {
    expect(
      detectOrganisationsWith(
        'Penyidik dari Komisi Pemberantasan Korupsi (KPK) dan Badan Narkotika\nNasional (BNN) hadir, juga the Financial Action Task Force (FATF).',
        bundled,
      ).unknown,
    ).toEqual(['Komisi Pemberantasan Korupsi (KPK)', 'Badan Narkotika Nasional (BNN)', 'Financial Action Task Force (FATF)']);
  });

  it.each([
    'a Non-Governmental Organization (NGO) report',
    'an Intergovernmental Organization (IGO)',
    'the Letter of Intent (LOI) was signed',
    'a Cyber Security Center of Excellence (CoE)',
    'serangan Denial-of-Service (DOS) terjadi',
    'tindak pidana perdagangan orang (TPPO)',
    'Amsterdam Internet Exchange (AMS-IX)',
    '(Azizah, 2020) dan (Rosy, 2020)',
  ])('does not take %j as an organisation', (text) => {
    expect(detectOrganisationsWith(text, bundled)).toEqual({ ids: [], unknown: [] });
  });
});

describe('countries with no entity', () => {
  it('are reported by name and code, not tagged', () => {
    expect(detectCountriesWith('Republik Demokratik Kongo', bundled)).toEqual({ ids: [], unknown: ['Congo (CD)'] });
  });
});

/** Two national bureaus sharing the name "NCB", a parent, and their countries: a fixture independent of content/. */
const fixture: EntityRecord[] = [
  { id: 'interpol', kind: 'organisation', label: { id: 'Interpol', en: 'Interpol' }, aliases: {} },
  ...(['indonesia', 'china'] as const).map(
    (country): EntityRecord => ({
      id: `ncb-${country}`,
      kind: 'organisation',
      label: { id: `NCB ${country}x`, en: `NCB ${country}x` },
      aliases: {},
      ambiguousAliases: ['NCB', 'National Central Bureau'],
      country,
      partOf: 'interpol',
    }),
  ),
  { id: 'lone-ncb', kind: 'organisation', label: { id: 'Lone', en: 'Lone' }, aliases: {}, ambiguousAliases: ['CCB'], country: 'china' },
  { id: 'other-ccb', kind: 'organisation', label: { id: 'Other', en: 'Other' }, aliases: {}, ambiguousAliases: ['CCB'] },
  { id: 'indonesia', kind: 'country', code: 'ID', label: { id: 'Indonesia', en: 'Indonesia' }, aliases: {} },
  { id: 'china', kind: 'country', code: 'CN', label: { id: 'Tiongkok', en: 'China' }, aliases: {} },
  { id: 'siti', kind: 'person', label: { id: 'Siti A. Rahma', en: 'Siti A. Rahma' }, aliases: { id: ['Siti Rahma'] } },
];
const matcher = buildEntityMatcher(fixture);

describe('a name several bodies share (ambiguous alias)', () => {
  it('never tags one of them on its own: it names their common parent', () => {
    expect(detectOrganisationsWith('kerja sama NCB dalam kasus ini', matcher)).toEqual({ ids: ['interpol'], unknown: [] });
    expect(detectOrganisationsWith('National Central Bureau bekerja', matcher).ids).not.toContain('ncb-indonesia');
  });

  it('tags nothing and reports nothing when the bodies share no parent', () => {
    expect(detectOrganisationsWith('the CCB said', matcher)).toEqual({ ids: [], unknown: [] });
  });

  it('names the body of the country right after it', () => {
    expect(detectOrganisationsWith('NCB Tiongkok dan National Central Bureau Indonesia', matcher).ids).toEqual([
      'ncb-china',
      'ncb-indonesia',
    ]);
  });

  it('reports a country none of the bodies belongs to', () => {
    expect(detectOrganisationsWith('NCB Thailand', matcher)).toEqual({ ids: [], unknown: ['NCB Thailand'] });
  });
});

describe('detectPersons', () => {
  it('finds a person by label or alias, across an initial', () => {
    expect(detectPersons('menurut Siti A. Rahma dan Siti Rahma', matcher)).toEqual(['siti']);
  });

  it('finds no one from a part of a name', () => {
    expect(detectPersons('kata Siti kemarin', matcher)).toEqual([]);
  });
});
