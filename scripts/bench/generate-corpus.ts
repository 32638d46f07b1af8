/**
 * Generates a corpus of content entries shaped like the bundled ones, for the build and search
 * benchmarks: 70 % studies (theses and journal articles with Indonesian and English abstracts,
 * some with the full text in chapters), 20 % news items, 10 % legal instruments. Entries are
 * tagged with the concepts, instruments, countries and organisations their text mentions, and
 * the text names them the way real texts do, so the linker and the graph get real work.
 * Sentences are realistic ones recombined, not random letters; the same seed gives the same corpus.
 */
import { stringify } from 'yaml';
import { serializeEntry, sha256 } from '../../src/lib/ingest/entry-file.ts';
import type { Bilingual, CorpusVocabulary, VocabularyItem } from './corpus-vocabulary.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

/** A file of the corpus, its path relative to `content/`. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** One generated entry: its files, and the page a one-page-per-entry site would show for it. */
export interface GeneratedEntry {
  collection: 'studies' | 'news' | 'legal';
  id: string;
  title: string;
  /** The entry's text as one Markdown page: abstracts or summary, then the body. */
  page: string;
  files: GeneratedFile[];
}

/** The seed of the benchmark corpus; fixed so that runs compare. */
export const CORPUS_SEED = 20260314;

/** How many entries of each collection a corpus of `size` holds: 70 % studies, 20 % news, 10 % legal. */
export function corpusShares(size: number): { studies: number; news: number; legal: number } {
  const legal = Math.round(size * 0.1);
  const news = Math.round(size * 0.2);
  return { studies: size - legal - news, news, legal };
}

const TOPICS: readonly Bilingual[] = [
  { id: 'Perdagangan Orang', en: 'Human Trafficking' },
  { id: 'Penipuan Daring', en: 'Online Scams' },
  { id: 'Kejahatan Siber', en: 'Cybercrime' },
  { id: 'Penyelundupan Manusia', en: 'People Smuggling' },
  { id: 'Pencucian Uang', en: 'Money Laundering' },
  { id: 'Peredaran Narkotika', en: 'Drug Trafficking' },
  { id: 'Keamanan Siber', en: 'Cyber Security' },
  { id: 'Pelindungan Pekerja Migran', en: 'Protection of Migrant Workers' },
];

const APPROACHES: readonly Bilingual[] = [
  { id: 'Kerja Sama', en: 'Cooperation' },
  { id: 'Peran Diplomasi', en: 'The Role of Diplomacy' },
  { id: 'Efektivitas Kerja Sama', en: 'The Effectiveness of Cooperation' },
  { id: 'Dinamika Hubungan', en: 'The Dynamics of Relations' },
  { id: 'Implementasi Kebijakan', en: 'Policy Implementation' },
  { id: 'Strategi', en: 'The Strategy' },
];

const GIVEN_NAMES = ['Rina', 'Dimas', 'Siti', 'Agus', 'Putri', 'Fajar', 'Nur', 'Rizky', 'Dewi', 'Bayu', 'Intan', 'Yoga', 'Ayu', 'Hendra'];
const FAMILY_NAMES = ['Kartika Sari', 'Pratama', 'Rahmawati', 'Hidayat', 'Lestari', 'Nugroho', 'Wulandari', 'Saputra', 'Permata', 'Siregar', 'Harahap', 'Wibowo'];
const SCHOLARS = ['Keohane', 'Nye', 'Buzan', 'Wendt', 'Moravcsik', 'Acharya', 'Emmers', 'Shelley', 'Kusumaatmadja', 'Hadiwinata'];
const UNIVERSITIES = ['Universitas Sriwangi', 'Universitas Hasanuddin', 'Universitas Brawijaya', 'Universitas Airlangga', 'Universitas Padjadjaran', 'Universitas Indonesia'];
const JOURNALS = ['Jurnal Hubungan Internasional', 'Transformasi Global', 'Global Strategis', 'Intermestic', 'Jurnal Keamanan Nasional'];
const OUTLETS = ['ANTARA', 'Kompas', 'The Jakarta Post', 'Tempo', 'Detik', 'CNN Indonesia'];
const CHAPTERS = ['PENDAHULUAN', 'TINJAUAN PUSTAKA', 'METODE PENELITIAN', 'HASIL DAN PEMBAHASAN', 'PENUTUP'];
const SECTION_TITLES = ['Latar Belakang', 'Rumusan Masalah', 'Kerangka Konseptual', 'Temuan', 'Analisis', 'Kesimpulan'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The names a sentence refers to; each sentence template takes what it needs. */
interface Slots {
  concept: string;
  other: string;
  country: string;
  org: string;
  legal: string;
  cite: string;
}

type Template = (s: Slots) => string;

const SENTENCES: Readonly<Record<'id' | 'en', readonly Template[]>> = {
  id: [
    (s) => `Penelitian ini bertujuan untuk menjelaskan ${s.concept} antara Indonesia dan ${s.country} dalam menghadapi ${s.other}.`,
    (s) => `Penelitian ini menggunakan metode kualitatif dengan teknik studi pustaka dan wawancara dengan pejabat ${s.org}.`,
    (s) => `Hasil penelitian menunjukkan bahwa ${s.concept} berjalan melalui pertukaran informasi, pemulangan korban dan pelatihan aparat ${s.cite}.`,
    (s) => `${s.legal} menjadi dasar hukum bagi ${s.org} untuk bekerja sama dengan mitra di ${s.country}.`,
    (s) => `Menurut ${s.cite.slice(1, -1)}, ${s.other} tidak dapat ditangani oleh satu negara saja.`,
    (s) => `Sejak 2020 jumlah kasus ${s.other} yang melibatkan warga negara Indonesia di ${s.country} terus meningkat ${s.cite}.`,
    (s) => `Namun perbedaan sistem hukum kedua negara memperlambat penuntutan para pelaku, sehingga ${s.concept} belum optimal.`,
    (s) => `Pemerintah Indonesia melalui ${s.org} mendorong ${s.concept} di tingkat kawasan.`,
  ],
  en: [
    (s) => `This research aims to explain ${s.concept} between Indonesia and ${s.country} in dealing with ${s.other}.`,
    (s) => `It uses a qualitative method with library research and interviews with officials of ${s.org}.`,
    (s) => `The results show that ${s.concept} runs through information exchange, repatriation of victims and training of officers ${s.cite}.`,
    (s) => `${s.legal} gives ${s.org} the legal basis to work with its counterparts in ${s.country}.`,
    (s) => `According to ${s.cite.slice(1, -1)}, ${s.other} cannot be handled by one state alone.`,
    (s) => `Since 2020 the number of ${s.other} cases involving Indonesian citizens in ${s.country} has kept rising ${s.cite}.`,
    (s) => `Differences between the two legal systems, however, slow down the prosecution of offenders, so ${s.concept} falls short.`,
    (s) => `Through ${s.org}, the Indonesian government promotes ${s.concept} at the regional level.`,
  ],
};

/** What one entry's text mentions, so that its tags say the same. */
interface Mentions {
  concepts: Set<string>;
  legal: Set<string>;
  countries: Set<string>;
  organisations: Set<string>;
}

const noMentions = (): Mentions => ({ concepts: new Set(), legal: new Set(), countries: new Set(), organisations: new Set() });

/** `count` different items of `items` (all of them when there are fewer). */
function distinct<T>(items: readonly T[], count: number, random: SeededRandom): T[] {
  const left = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && left.length > 0) chosen.push(left.splice(Math.floor(random.next() * left.length), 1)[0]!);
  return chosen;
}

/**
 * The few concepts, instruments, countries and organisations one entry is about. A real text
 * keeps coming back to its subject: the bundled studies name 5 tag targets on average and 56 at
 * most, a full thesis included. Drawing every sentence's names from the whole vocabulary instead
 * made each generated full text name nearly all of it (54 tag targets per study page on average).
 */
function entryFocus(vocabulary: CorpusVocabulary, random: SeededRandom): CorpusVocabulary {
  return {
    concepts: distinct(vocabulary.concepts, random.between(2, 6), random),
    legal: distinct(vocabulary.legal, random.between(1, 3), random),
    countries: distinct(vocabulary.countries, random.between(1, 2), random),
    organisations: distinct(vocabulary.organisations, random.between(1, 4), random),
  };
}

/**
 * Writes sentences in one language about the entry's focus (`entryFocus`), recording in
 * `mentions` every tag target they name. A sentence's names are picked when its template reads
 * them, so only what the text says is recorded.
 */
function sentenceWriter(random: SeededRandom, vocabulary: CorpusVocabulary, mentions: Mentions) {
  const name = (items: readonly VocabularyItem[], into: Set<string>, lang: 'id' | 'en'): string => {
    const item = random.pick(items);
    into.add(item.id);
    return item.name[lang];
  };
  return (lang: 'id' | 'en'): string => {
    const slots: Slots = {
      get concept() {
        return name(vocabulary.concepts, mentions.concepts, lang);
      },
      get other() {
        return name(vocabulary.concepts, mentions.concepts, lang);
      },
      get country() {
        return name(vocabulary.countries, mentions.countries, lang);
      },
      get org() {
        return name(vocabulary.organisations, mentions.organisations, lang);
      },
      get legal() {
        return name(vocabulary.legal, mentions.legal, lang);
      },
      get cite() {
        return `(${random.pick(SCHOLARS)}, ${random.between(1977, 2024)})`;
      },
    };
    return random.pick(SENTENCES[lang])(slots);
  };
}

const paragraph = (write: (lang: 'id' | 'en') => string, lang: 'id' | 'en', random: SeededRandom, min: number, max: number): string =>
  Array.from({ length: random.between(min, max) }, () => write(lang)).join(' ');

const personName = (random: SeededRandom): string => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
const pad = (n: number): string => String(n).padStart(5, '0');

/** The tags of an entry: what its text mentions, plus a few broader concepts an indexer would add. */
function tagsOf(mentions: Mentions, random: SeededRandom, vocabulary: CorpusVocabulary) {
  for (let extra = random.between(1, 3); extra > 0; extra--) mentions.concepts.add(random.pick(vocabulary.concepts).id);
  return {
    concepts: [...mentions.concepts].sort(),
    legalInstruments: [...mentions.legal],
    countries: [...mentions.countries],
    organisations: [...mentions.organisations],
    persons: [],
  };
}

/** A thesis's or article's chapters, as the ingest writes a full text: headings and cited paragraphs. */
function fullTextBody(write: (lang: 'id' | 'en') => string, random: SeededRandom): string {
  const blocks: string[] = [];
  CHAPTERS.forEach((chapter, c) => {
    blocks.push(`## BAB ${ROMAN[c]} ${chapter}`);
    const sections = random.between(2, 3);
    for (let s = 0; s < sections; s++) {
      blocks.push(`### ${'ABC'[s]}. ${random.pick(SECTION_TITLES)}`);
      for (let p = random.between(3, 6); p > 0; p--) blocks.push(paragraph(write, 'id', random, 4, 7));
    }
  });
  return blocks.join('\n\n');
}

function generateStudy(index: number, random: SeededRandom, vocabulary: CorpusVocabulary): GeneratedEntry {
  const id = `bench-study-${pad(index)}`;
  const mentions = noMentions();
  const write = sentenceWriter(random, entryFocus(vocabulary, random), mentions);
  const isArticle = index % 4 === 0;
  const fullText = !isArticle && random.next() < 0.3;
  const topic = random.pick(TOPICS);
  const approach = random.pick(APPROACHES);
  const partner = random.pick(vocabulary.countries);
  mentions.countries.add(partner.id);
  const year = random.between(2008, 2025);
  const from = year - random.between(3, 6);
  const title = {
    id: `${approach.id} Indonesia dan ${partner.name.id} dalam Penanganan ${topic.id} Tahun ${from}-${year - 1}`,
    en: `${approach.en} between Indonesia and ${partner.name.en} in Handling ${topic.en}, ${from}-${year - 1}`,
  };
  const abstract = { id: paragraph(write, 'id', random, 5, 8), en: paragraph(write, 'en', random, 5, 8) };
  const keywords = { id: [topic.id.toLowerCase(), 'kerja sama internasional', partner.name.id], en: [topic.en.toLowerCase(), 'international cooperation', partner.name.en] };
  const body = fullText ? fullTextBody(write, random) : '';
  const author = personName(random);
  const institution = random.pick(UNIVERSITIES);
  const raw = [title.id.toUpperCase(), isArticle ? random.pick(JOURNALS) : 'SKRIPSI', author, institution, String(year), 'ABSTRAK', abstract.id, 'ABSTRACT', abstract.en, body]
    .join('\n\n');
  const sourceFile = `sources/${id}.txt`;
  const thesisFields = isArticle
    ? {
        publication: {
          journal: random.pick(JOURNALS),
          volume: String(random.between(1, 12)),
          issue: String(random.between(1, 4)),
          pages: `${random.between(1, 90)}-${random.between(100, 180)}`,
          doi: `10.31315/bench.${index}`,
        },
      }
    : {
        studentNumber: `E0${random.between(10000000, 99999999)}`,
        supervisors: [{ name: `Dr. ${personName(random)}, M.Si.`, role: 'pembimbing I' }, { name: `${personName(random)}, M.A.`, role: 'pembimbing II' }],
        faculty: 'Fakultas Ilmu Sosial dan Ilmu Politik',
        department: 'Program Studi Hubungan Internasional',
        studyType: 'Skripsi',
        period: { from, to: year - 1 },
      };
  const frontmatter = {
    title,
    authors: [author],
    ...thesisFields,
    institution,
    year,
    languages: ['id', 'en'],
    abstract,
    keywords,
    method: 'kualitatif',
    fullText,
    ...tagsOf(mentions, random, vocabulary),
    source: { file: sourceFile, sha256: sha256(raw), parser: isArticle ? 'article' : fullText ? 'thesis-full' : 'thesis-abstract', digest: '0'.repeat(64) },
    review: [],
    curated: [],
  };
  return {
    collection: 'studies',
    id,
    title: title.id,
    page: [`## Abstrak\n\n${abstract.id}`, `## Abstract\n\n${abstract.en}`, body].filter(Boolean).join('\n\n'),
    files: [
      { path: `studies/${id}.md`, text: serializeEntry(frontmatter, body) },
      { path: sourceFile, text: raw },
    ],
  };
}

function generateNews(index: number, random: SeededRandom, vocabulary: CorpusVocabulary): GeneratedEntry {
  const id = `bench-news-${pad(index)}`;
  const mentions = noMentions();
  const write = sentenceWriter(random, entryFocus(vocabulary, random), mentions);
  const language = random.next() < 0.7 ? 'id' : 'en';
  const topic = random.pick(TOPICS);
  const partner = random.pick(vocabulary.countries);
  mentions.countries.add(partner.id);
  const headline =
    language === 'id'
      ? `Indonesia dan ${partner.name.id} Perkuat Kerja Sama Tangani ${topic.id}`
      : `Indonesia and ${partner.name.en} step up cooperation against ${topic.en.toLowerCase()}`;
  const speaker = personName(random);
  const quote = write(language);
  const paragraphs = Array.from({ length: random.between(4, 9) }, () => paragraph(write, language, random, 1, 3));
  paragraphs.splice(1, 0, language === 'id' ? `“${quote}” kata ${speaker}.` : `“${quote}” said ${speaker}.`);
  const body = paragraphs.join('\n\n');
  const outlet = random.pick(OUTLETS);
  const published = `${random.between(2012, 2025)}-${String(random.between(1, 12)).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}`;
  const raw = [headline, published, `Jakarta (${outlet}) – ${body}`, `Pewarta: ${personName(random)}`].join('\n\n');
  const sourceFile = `sources/${id}.txt`;
  const frontmatter = {
    headline,
    language,
    outlet,
    author: personName(random),
    published,
    dateline: 'Jakarta',
    people: [{ name: speaker, role: language === 'id' ? 'juru bicara' : 'spokesperson' }],
    quotes: [{ text: quote, speaker }],
    figures: [],
    ...tagsOf(mentions, random, vocabulary),
    source: { file: sourceFile, sha256: sha256(raw), parser: 'news', digest: '0'.repeat(64) },
    review: [],
    curated: [],
  };
  return {
    collection: 'news',
    id,
    title: headline,
    page: body,
    files: [
      { path: `news/${id}.md`, text: serializeEntry(frontmatter, body) },
      { path: sourceFile, text: raw },
    ],
  };
}

/**
 * A ministerial regulation numbered from 901 up, so that neither its citation nor its alias
 * matches a real instrument's; every fifth amends the one before it, as regulations are amended.
 */
function generateLegal(index: number, random: SeededRandom, vocabulary: CorpusVocabulary): { entry: GeneratedEntry; item: VocabularyItem } {
  const id = `bench-legal-${pad(index)}`;
  const number = String(900 + index);
  const year = random.between(2005, 2025);
  const topic = random.pick(TOPICS);
  const title = {
    id: `Peraturan Menteri Komunikasi dan Informatika Nomor ${number} Tahun ${year} tentang Penanganan ${topic.id}`,
    en: `Minister of Communication and Informatics Regulation No. ${number} of ${year} on Handling ${topic.en}`,
  };
  const mentions = noMentions();
  const write = sentenceWriter(random, entryFocus(vocabulary, random), mentions);
  const summary = { id: paragraph(write, 'id', random, 2, 4), en: paragraph(write, 'en', random, 2, 4) };
  const alias = `Permenkominfo ${number}/${year}`;
  const data = {
    kind: 'ministerial-regulation',
    title,
    aliases: { id: [alias], en: [] },
    citation: { form: 'permen', number, year },
    number: `${number}/${year}`,
    issuer: 'Minister of Communication and Informatics',
    jurisdiction: 'Indonesia',
    adopted: String(year),
    relations: (index - 1) % 5 === 0 ? [] : [{ type: 'amends', target: `bench-legal-${pad(index - 1)}` }],
    sources: [`https://jdih.kominfo.go.id/produk_hukum/view/id/${number}/t/${year}`],
    verified: false,
    summary,
  };
  const entry: GeneratedEntry = {
    collection: 'legal',
    id,
    title: title.id,
    page: [summary.id, summary.en].join('\n\n'),
    files: [{ path: `legal/${id}.yaml`, text: stringify(data) }],
  };
  return { entry, item: { id, name: { id: alias, en: alias } } };
}

/**
 * Generates `size` entries tagging the targets in `vocabulary` (read from the content folder the
 * corpus joins). Legal instruments come first so that studies and news can cite them too.
 */
export function generateCorpus(size: number, vocabulary: CorpusVocabulary, seed = CORPUS_SEED): GeneratedEntry[] {
  const random = createSeededRandom(seed);
  const shares = corpusShares(size);
  const legal = Array.from({ length: shares.legal }, (_, i) => generateLegal(i + 1, random, vocabulary));
  const withLegal: CorpusVocabulary = { ...vocabulary, legal: [...vocabulary.legal, ...legal.map(({ item }) => item)] };
  return [
    ...legal.map(({ entry }) => entry),
    ...Array.from({ length: shares.studies }, (_, i) => generateStudy(i + 1, random, withLegal)),
    ...Array.from({ length: shares.news }, (_, i) => generateNews(i + 1, random, withLegal)),
  ];
}
