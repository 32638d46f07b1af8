import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectCountries, detectOrganisations } from '../../../src/lib/ingest/detect-entities.ts';

const sourcesDir = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

function seed(prefix: string): string {
  const file = readdirSync(sourcesDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${sourcesDir}${file}`, 'utf8');
}

describe('detectCountries on the seeds', () => {
  it('000: Indonesia and China ("Tiongkok")', () => {
    expect(detectCountries(seed('000'))).toEqual(['ID', 'CN']);
  });

  it('001: Indonesia and Cambodia ("Kamboja", upper-case title)', () => {
    expect(detectCountries(seed('001'))).toEqual(['ID', 'KH']);
  });

  it('002: Indonesia and Thailand, and no US from "dolar AS"', () => {
    const countries = detectCountries(seed('002'));
    expect(countries.slice(0, 1)).toEqual(['ID']);
    expect(countries).toContain('TH');
    expect(countries).not.toContain('US');
  });

  it('004: Indonesia, the Netherlands and the other partners it names', () => {
    expect(detectCountries(seed('004'))).toEqual(['ID', 'NL', 'AU', 'GB', 'US']);
  });
});

describe('detectCountries rules', () => {
  it.each([
    ['kerja sama dengan Tiongkok dan Cina', ['CN']],
    ['Pemerintah kerajaan Inggris', ['GB']],
    ['Inggris Raya dan Britania Raya', ['GB']],
    ['Korea Selatan, Korea Utara', ['KR', 'KP']],
    ['warga negara Indonesia (WNI) di Myanmar', ['ID', 'MM']],
    ['ratusan WNI dipulangkan', ['ID']],
    ['Indonesian citizens and the Dutch government', ['ID', 'NL']],
    ['NCB-Interpol Indonesia', ['ID']],
    ['Indonesia-Netherland dialogue', ['ID', 'NL']],
    ['Presiden AS bertemu Presiden RI', ['US', 'ID']],
    ['The United States and the U.S.A.', ['US']],
    ['Republik Demokratik Kongo', ['CD']],
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
    expect(detectCountries('KERJA SAMA AS DAN INGGRIS')).toEqual(['GB']);
  });
});

describe('detectOrganisations on the seeds', () => {
  it('000: INTERPOL and the two National Central Bureaus', () => {
    expect(detectOrganisations(seed('000'))).toEqual([
      'International Criminal Police Organization (INTERPOL)',
      'NCB-Interpol Indonesia',
      'NCB-Interpol China',
    ]);
  });

  it('001: the Indonesian National Central Bureau in every spelling', () => {
    expect(detectOrganisations(seed('001'))).toEqual(['NCB-Interpol Indonesia']);
  });

  it('002: the ministry, ASEAN, the UN and UNODC (Indonesian name)', () => {
    expect(detectOrganisations(seed('002'))).toEqual([
      'Kementerian Luar Negeri (Kemlu)',
      'Association of Southeast Asian Nations (ASEAN)',
      'United Nations (UN)',
      'United Nations Office on Drugs and Crime (UNODC)',
    ]);
  });

  it('003: the UNODC under another Indonesian rendering', () => {
    expect(detectOrganisations(seed('003'))).toContain('United Nations Office on Drugs and Crime (UNODC)');
  });

  it('004: the Indonesian cyber bodies and the foreign partners', () => {
    expect(detectOrganisations(seed('004'))).toEqual([
      'Kementerian Komunikasi dan Informatika (Kominfo)',
      'Indonesia Security Incident Response Team on Internet Infrastructure (ID-SIRTII)',
      'Badan Siber dan Sandi Negara (BSSN)',
      'United Nations (UN)',
      'ASEAN Regional Forum (ARF)',
      'Department of Foreign Affairs and Trade (DFAT)',
    ]);
  });
});

describe('detectOrganisations rules', () => {
  it('returns each organisation once, under its canonical name, in order of first mention', () => {
    expect(detectOrganisations('BSSN bekerja sama dengan PBB. Badan Siber dan Sandi Negara juga ke Perserikatan Bangsa-Bangsa.')).toEqual([
      'Badan Siber dan Sandi Negara (BSSN)',
      'United Nations (UN)',
    ]);
  });

  it('names a National Central Bureau by its country in English', () => {
    expect(detectOrganisations('Interpol Kamboja dan NCB Interpol Filipina')).toEqual(['NCB-Interpol Cambodia', 'NCB-Interpol Philippines']);
  });

  it('does not join a country from the next sentence', () => {
    expect(detectOrganisations('melalui Interpol. Indonesia lalu')).toEqual(['International Criminal Police Organization (INTERPOL)']);
  });

  it("skips a ministry name when it belongs to another state", () => {
    expect(detectOrganisations('Kementerian Luar Negeri Belanda')).toEqual([]);
    expect(detectOrganisations('Kementerian Luar Negeri RI')).toEqual(['Kementerian Luar Negeri (Kemlu)']);
  });

  it('does not take a position for its office', () => {
    expect(detectOrganisations('Wakil Menteri Luar Negeri (Wamenlu) RI')).toEqual([]);
  });

  it('takes organisations a text defines as "Long Capitalised Name (ACRONYM)"', () => {
    expect(
      detectOrganisations(
        'Penyidik dari Komisi Pemberantasan Korupsi (KPK) dan Badan Narkotika\nNasional (BNN) hadir, juga the Financial Action Task Force (FATF).',
      ),
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
    expect(detectOrganisations(text)).toEqual([]);
  });
});
