import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseEntryId, distinctiveWords, type IdSource } from '../../src/lib/entry-id.ts';

const DIGEST = 'cd80f2ce729e3ac9'.repeat(4);
const free = () => false;
const titled = (text: string, extra: Partial<IdSource> = {}): IdSource => ({
  title: { text, field: 'title.id' },
  fileName: 'skripsi.txt',
  digest: DIGEST,
  ...extra,
});

describe('distinctiveWords', () => {
  it.each([
    ['Kerja sama Indonesia dan Belanda dalam Keamanan Siber', ['belanda', 'keamanan', 'siber']],
    ['KERJASAMA NATIONAL CENTRAL BUREAU (NCB) INTERPOL INDONESIA DENGAN PEMERINTAH KAMBOJA', ['ncb', 'interpol', 'kamboja']],
    ['Analisis Studi Kasus Perdagangan Orang', ['perdagangan', 'orang']],
    ['Sätteri in the Archipelago', ['satteri', 'archipelago']],
    // A spelled-out name that is not what the parentheses abbreviate stays.
    ['Mutual Legal Assistance (UNODC)', ['mutual', 'legal', 'assistance', 'unodc']],
    // Nothing but generic words: they are all there is to name it by.
    ['Kerja Sama Indonesia', ['kerja', 'sama', 'indonesia']],
  ])('%s', (title, expected) => {
    expect(distinctiveWords(title)).toEqual(expected);
  });
});

describe('chooseEntryId', () => {
  it('names the two NCB-Interpol theses by what tells them apart', () => {
    const kamboja = chooseEntryId(
      titled('KERJASAMA NATIONAL CENTRAL BUREAU (NCB) INTERPOL INDONESIA DENGAN PEMERINTAH KAMBOJA DALAM MENANGANI KASUS PERDAGANGAN MANUSIA'),
      free,
    );
    const tiongkok = chooseEntryId(
      titled('Kerjasama National Central Bureau (NCB)-Interpol Indonesia dan NCB-Interpol Tiongkok dalam menangatasi ancaman cybercrime'),
      free,
    );
    expect(kamboja).toEqual({ id: 'ncb-interpol-kamboja-menangani-perdagangan-manusia', from: 'title.id' });
    expect(tiongkok.id).toBe('ncb-interpol-tiongkok-menangatasi-ancaman-cybercrime');
  });

  it('takes more words, then the year, then the first author when an id is taken', () => {
    const source = titled('Kerja sama Indonesia dan Jepang dalam Keamanan Siber Nasional Periode 2019-2021 di Kawasan Asia', { year: 2022, author: 'Siti Rahma' });
    const taken = new Set<string>();
    const ids = [1, 2, 3, 4, 5, 6].map(() => {
      const { id } = chooseEntryId(source, (id) => taken.has(id));
      taken.add(id);
      return id;
    });
    expect(ids).toEqual([
      'jepang-keamanan-siber-nasional-2019-2021',
      'jepang-keamanan-siber-nasional-2019-2021-kawasan',
      'jepang-keamanan-siber-nasional-2019-2021-kawasan-asia',
      'jepang-keamanan-siber-nasional-2019-2021-2022',
      'jepang-keamanan-siber-nasional-2019-2021-rahma',
      'jepang-keamanan-siber-nasional-2019-2021-rahma-2022',
    ]);
    expect(chooseEntryId(source, (id) => taken.has(id)).id).toBe(`jepang-keamanan-siber-nasional-2019-2021-${DIGEST.slice(0, 8)}`);
  });

  it('names an entry without a reviewed title by its source file, then by its digest', () => {
    expect(chooseEntryId({ fileName: '000_cd80f2ce729e3ac9.txt', digest: DIGEST }, free)).toEqual({ id: '000-cd80f2ce729e3ac9', from: 'file' });
    expect(chooseEntryId({ fileName: '.txt', digest: DIGEST }, free)).toEqual({ id: `entry-${DIGEST.slice(0, 8)}`, from: 'digest' });
    expect(chooseEntryId({ fileName: 'a.txt', digest: DIGEST }, (id) => id === 'a')).toEqual({ id: `a-${DIGEST.slice(0, 8)}`, from: 'file' });
  });

  it('keeps ids short', () => {
    const long = titled('Pengaruh Globalisasi Ekonomi Transnasional Terhadap Pengembangan Kelembagaan Penegakan Hukum Keimigrasian');
    expect(chooseEntryId(long, free).id.length).toBeLessThanOrEqual(60);
  });
});

/** Titles of the kind the corpus is full of: one pattern, a few words changing. */
const PARTNERS = ['Malaysia', 'Australia', 'Kamboja', 'Tiongkok', 'Jepang', 'Belanda', 'Filipina', 'Thailand', 'Vietnam', 'UNODC', 'IOM', 'Interpol'];
const TOPICS = ['Keamanan Siber', 'Perdagangan Orang', 'Penipuan Daring', 'Narkotika', 'Terorisme', 'Penyelundupan Manusia', 'Pencucian Uang'];
const VERBS = ['Menangani', 'Menanggulangi', 'Mencegah', 'Memberantas'];
const similarTitle = fc
  .record({
    partner: fc.constantFrom(...PARTNERS),
    verb: fc.constantFrom(...VERBS),
    topic: fc.constantFrom(...TOPICS),
    place: fc.constantFrom('', ' di Indonesia', ' di Asia Tenggara', ' di Perbatasan'),
    years: fc.option(fc.integer({ min: 2000, max: 2024 }).map((from) => ` Tahun ${from}-${from + 3}`), { nil: undefined }),
  })
  .map(({ partner, verb, topic, place, years }) => `Kerja sama Indonesia dan ${partner} dalam ${verb} ${topic}${place}${years ?? ''}`);

describe('chooseEntryId over many similar titles', () => {
  it('gives every entry its own id, made of words that name its partner and topic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(similarTitle, fc.integer({ min: 2000, max: 2025 }), fc.uint8Array({ minLength: 32, maxLength: 32 })), {
          minLength: 500,
          maxLength: 2000,
        }),
        (docs) => {
          const taken = new Set<string>();
          for (const [title, year, bytes] of docs) {
            const digest = Buffer.from(bytes).toString('hex');
            const { id } = chooseEntryId(titled(title, { year, digest }), (candidate) => taken.has(candidate));
            expect(taken.has(id)).toBe(false);
            expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            // The words that differ from title to title are in the id, never cut off by shared ones.
            const partner = PARTNERS.find((p) => title.includes(` ${p} `))!.toLowerCase();
            expect(id.startsWith(`${partner}-`)).toBe(true);
            expect(id.length).toBeLessThanOrEqual(120);
            taken.add(id);
          }
        },
      ),
      { numRuns: 5 },
    );
  });
});
