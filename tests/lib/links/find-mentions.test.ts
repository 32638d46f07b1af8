import { describe, expect, it } from 'vitest';
import { buildMentionMatcher, findMentions } from '../../../src/lib/links/find-mentions.ts';
import { FIXTURE_TARGETS, TARGETS_WITH_ARTICLES } from './fixture-targets.ts';

const matcher = buildMentionMatcher(FIXTURE_TARGETS);

/** Each mention as `id: words of the text`. */
function mentions(text: string): string[] {
  return findMentions(text, matcher).map(({ target, start, end }) => `${target.id}: ${text.slice(start, end)}`);
}

describe('findMentions', () => {
  it('finds a target by any label in either language, whatever the case and spelling of compounds', () => {
    expect(mentions('Kerjasama Bilateral dan bilateral cooperation; kerja-sama bilateral.')).toEqual([
      'bilateral-cooperation: Kerjasama Bilateral',
      'bilateral-cooperation: bilateral cooperation',
      'bilateral-cooperation: kerja-sama bilateral',
    ]);
  });

  it('takes the longest label where labels overlap', () => {
    expect(mentions('keamanan siber dan keamanan')).toEqual(['cyber-security: keamanan siber', 'security: keamanan']);
    expect(mentions('kerja sama bilateral, lalu kerja sama')).toEqual([
      'bilateral-cooperation: kerja sama bilateral',
      'cooperation: kerja sama',
    ]);
  });

  it('matches whole words only', () => {
    expect(mentions('keamananan, pengamanan, bilateralisme, TPPOX, IGOnya')).toEqual([]);
  });

  it('compares abbreviations with their case and everything else without', () => {
    expect(mentions('BSSN dan bssn dan Bssn')).toEqual(['bssn: BSSN']);
    expect(mentions('KEAMANAN SIBER')).toEqual(['cyber-security: KEAMANAN SIBER']);
    expect(mentions('IGOs dan igo')).toEqual(['international-organization: IGOs']);
  });

  it('ignores accents', () => {
    expect(mentions('kéamanan sibér')).toEqual(['cyber-security: kéamanan sibér']);
  });

  it('takes in Indonesian clitics, attached or after a hyphen', () => {
    expect(mentions('kerjasamanya berjalan')).toEqual(['cooperation: kerjasamanya']);
    expect(mentions('keamanan sibernya, keamanan siberlah, keamanan siberkah, kerja samapun')).toEqual([
      'cyber-security: keamanan sibernya',
      'cyber-security: keamanan siberlah',
      'cyber-security: keamanan siberkah',
      'cooperation: kerja samapun',
    ]);
    expect(mentions('Proses Bali-nya')).toEqual(['bali-process: Proses Bali-nya']);
  });

  it('takes a reduplicated plural as one mention', () => {
    expect(mentions('kerja sama-kerja sama itu')).toEqual(['cooperation: kerja sama-kerja sama']);
    expect(mentions('kerja sama-kerja samanya')).toEqual(['cooperation: kerja sama-kerja samanya']);
    // The repeat is read as the plural of the term its first half is: the second half is taken up.
    expect(mentions('Kerjasama-kerjasama bilateral')).toEqual(['cooperation: Kerjasama-kerjasama']);
    expect(mentions('berbagai keamanan-keamanan')).toEqual(['security: keamanan-keamanan']);
    // Two different terms joined by a hyphen are two mentions.
    expect(mentions('keamanan-kerja sama')).toEqual(['security: keamanan', 'cooperation: kerja sama']);
  });

  it('reads regulation citations in their usual forms', () => {
    expect(
      mentions(
        'Peraturan Presiden Nomor 53 Tahun 2017, Perpres 53/2017, Perpres No. 53 Tahun 2017 dan UU No. 5 Tahun 2009 serta Law No. 5 of 2009.',
      ),
    ).toEqual([
      'perpres-53-2017: Peraturan Presiden Nomor 53 Tahun 2017',
      'perpres-53-2017: Perpres 53/2017',
      'perpres-53-2017: Perpres No. 53 Tahun 2017',
      'uu-5-2009: UU No. 5 Tahun 2009',
      'uu-5-2009: Law No. 5 of 2009',
    ]);
  });

  it('prefers a full title over the citation it starts with', () => {
    expect(mentions('Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara berlaku')).toEqual([
      'perpres-53-2017: Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara',
    ]);
  });

  it('finds instruments by their short names', () => {
    expect(mentions('UNTOC atau Konvensi Palermo, dan Proses Bali')).toEqual([
      'untoc: UNTOC',
      'untoc: Konvensi Palermo',
      'bali-process: Proses Bali',
    ]);
  });

  it('never links an ambiguous name, and links nothing shorter inside it', () => {
    expect(mentions('NCB bekerja dengan NCB-Interpol Indonesia')).toEqual(['ncb-indonesia: NCB-Interpol Indonesia']);
    expect(mentions('Arrmanatha Nasir berkata')).toEqual([]);
  });

  it('does not run a mention across a clause break, a bracket or a quotation mark', () => {
    expect(mentions('keamanan, siber')).toEqual(['security: keamanan']);
    expect(mentions('(keamanan) siber')).toEqual(['security: keamanan']);
    expect(mentions('"kerja sama" bilateral')).toEqual(['cooperation: kerja sama']);
  });
});

describe('findMentions of a cited article', () => {
  const withArticles = buildMentionMatcher(TARGETS_WITH_ARTICLES);
  /** Each mention as `id#anchor: words of the text`. */
  const cited = (text: string) =>
    findMentions(text, withArticles).map(({ target, anchor, start, end }) => `${target.id}${anchor ? `#${anchor}` : ''}: ${text.slice(start, end)}`);

  it('points at the article or ayat the text cites, the citing words taken into the mention', () => {
    expect(cited('Ia dijerat Pasal 27 ayat (3) UU ITE dan Pasal 4 ayat (1) Perpres 53/2017.')).toEqual([
      'uu-11-2008#pasal-27-ayat-3: Pasal 27 ayat (3) UU ITE',
      'perpres-53-2017#pasal-4-ayat-1: Pasal 4 ayat (1) Perpres 53/2017',
    ]);
    expect(cited('Pasal 28 Undang-Undang Nomor 11 Tahun 2008')).toEqual(['uu-11-2008#pasal-28: Pasal 28 Undang-Undang Nomor 11 Tahun 2008']);
  });

  it('falls back to the article when the page lacks the ayat, and to the instrument when it lacks the article', () => {
    expect(cited('Pasal 28 ayat (2) UU ITE')).toEqual(['uu-11-2008#pasal-28: Pasal 28 ayat (2) UU ITE']);
    expect(cited('Pasal 45 ayat (3) UU ITE')).toEqual(['uu-11-2008: UU ITE']);
  });

  it('links only the instrument when Lintas holds no text of it', () => {
    expect(cited('Article 5 of UNTOC')).toEqual(['untoc: UNTOC']);
    // The same words, matched with targets without anchors, point at no article either.
    expect(mentions('Pasal 4 ayat (1) Perpres 53/2017')).toEqual(['perpres-53-2017: Perpres 53/2017']);
  });

  it("points at an international instrument's article by its own anchor, however the citation names it", () => {
    const untocWithText = TARGETS_WITH_ARTICLES.map((target) => (target.id === 'untoc' ? { ...target, anchors: ['article-1', 'article-5'] } : target));
    const withTreaty = buildMentionMatcher(untocWithText);
    const treaty = (text: string) => findMentions(text, withTreaty).map(({ target, anchor }) => `${target.id}#${anchor ?? ''}`);
    expect(treaty('Article 5 of UNTOC')).toEqual(['untoc#article-5']);
    expect(treaty('Pasal 5 UNTOC')).toEqual(['untoc#article-5']);
    expect(treaty('Article 9 of UNTOC')).toEqual(['untoc#']);
  });

  it('never takes words of a neighbouring mention for its article', () => {
    expect(cited('UU ITE Pasal 27 Perpres 53/2017')).toEqual(['uu-11-2008#pasal-27: UU ITE Pasal 27', 'perpres-53-2017: Perpres 53/2017']);
  });
});
