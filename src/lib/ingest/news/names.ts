/**
 * Reads people's names and roles from runs of capitalised words, the way Indonesian and English
 * news name them: "Wakil Menteri Luar Negeri (Wamenlu) RI Arrmanatha Nasir", "Deputy Foreign
 * Minister Arrmanatha C. Nasir". A later short mention ("Nasir") resolves to the fullest form.
 */
import { isSpaceAt } from '../../text/word-window.ts';

/** A person as the article names them, with the role it gives them. */
export interface Person {
  name: string;
  role?: string;
}

/** Words that open a role ("Wakil Menteri ...", "Deputy Foreign Minister ..."). */
const ROLE_HEADS = new Set(
  `wakil menteri menlu wamenlu presiden wapres kepala ketua direktur dirjen sekretaris sekjen duta dubes juru jubir
  kapolri kapolda kapolres kabareskrim kadiv kasubdit kanit kasat kabid gubernur bupati wali walikota panglima jaksa
  hakim komisioner anggota koordinator deputi asisten staf pakar peneliti pengamat dosen profesor analis jenderal
  komjen irjen brigjen kombes letjen mayjen akbp kompol minister deputy vice president director secretary
  undersecretary ambassador spokesperson spokesman spokeswoman chief head chairman chairwoman chair governor
  commissioner prosecutor judge officer executive researcher professor analyst senator mayor prime coordinator`.split(/\s+/),
);

/** Capitalised words that are never part of a name: portfolios, bodies, sentence openers, days. */
const NOT_NAME = new Set([
  ...ROLE_HEADS,
  ...`luar negeri dalam hukum keuangan pertahanan keamanan politik bidang umum kementerian kemlu kemenlu polri badan
  nasional republik indonesia agung besar bicara utama khusus tinggi urusan perlindungan kota provinsi daerah pusat
  kantor lembaga komisi dewan perwakilan rakyat internasional affairs home justice interior security office ministry
  national agency commission council united nations senior state republic regional international foreign general police
  menurut kata ujar sementara namun selain adapun sedangkan lalu kemudian saat ketika pada di ke dari untuk bagi oleh
  dengan sebelumnya selanjutnya berbicara pertama kedua ketiga ia dia beliau mereka kami kita ini itu hal
  the but and in on at when after before earlier later speaking according meanwhile however he she they it we this that
  senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday thursday friday saturday sunday
  januari februari maret april mei juni juli agustus september oktober november desember
  january february march may june july august october december`.split(/\s+/),
  // Units and offices that stand between a role and a name ("Kantor Imigrasi Kelas I Khusus").
  ...`kantor imigrasi kelas aplikasi informatika komunikasi humas reserse kriminal siber pidana tindak otoritas jasa
  kominfo komdigi kemnaker bareskrim polda polres polresta polrestabes polsek kejagung kejati kejari bandara
  pelabuhan universitas fakultas migrasi migran pekerja pelindungan protection citizens nationals migrant workers`.split(/\s+/),
  // Nationalities, which English roles put right before a name ("... of Indonesian Citizens X").
  ...`indonesian thai malaysian philippine filipino cambodian vietnamese chinese singaporean laotian australian american
  japanese korean indian burmese`.split(/\s+/),
  // Provinces, their abbreviations and large cities, which close the office in a role ("Kepala OJK
  // Kalimantan Barat X"); compass words complete the province names.
  ...`barat timur utara selatan tengah raya aceh sumatera sumatra riau kepri jambi bengkulu lampung bangka belitung
  banten jakarta jawa yogyakarta bali nusa tenggara kalimantan sulawesi gorontalo maluku papua sumut sumbar sumsel
  jabar jateng jatim kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra ntb ntt medan surabaya bandung
  semarang makassar palembang pontianak batam denpasar manado padang pekanbaru balikpapan samarinda mataram kupang
  jayapura ambon malang bogor depok bekasi tangerang cirebon dumai banjarmasin`.split(/\s+/),
]);
/** Roman numerals in office names ("Kelas I", "Kodam IX"): part of the role, never of a name. */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)$/u;

type TokenKind = 'word' | 'initial' | 'acronym' | 'paren';

interface Token {
  text: string;
  kind: TokenKind;
  /** The token ends in punctuation (",", "."), so a name cannot continue past it. */
  closes: boolean;
}

const TRAILING_PUNCTUATION = /[,.;:!?"”’)]+$/u;

function readToken(raw: string): Token | undefined {
  if (/^\p{Lu}\.$/u.test(raw)) return { text: raw, kind: 'initial', closes: false };
  if (/^\(\p{Lu}[^()]*\)[,.;:]*$/u.test(raw)) {
    return { text: raw.replace(/[,.;:]+$/, ''), kind: 'paren', closes: /[,.;:]$/.test(raw) };
  }
  const text = raw.replace(TRAILING_PUNCTUATION, '');
  const closes = text.length < raw.length;
  if (/^\p{Lu}{2,}$/u.test(text) || ROMAN_NUMERAL.test(text)) return { text, kind: 'acronym', closes };
  if (/^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.test(text)) return { text, kind: 'word', closes };
  return undefined;
}

function tokensOf(text: string): Array<Token | undefined> {
  return text.split(/\s+/).filter((raw) => raw.length > 0).map(readToken);
}

/**
 * The most words a run naming one person may have, role included ("Kepala Kantor Imigrasi Kelas
 * I Khusus Medan Yosua Hutapea" has nine). A longer capitalised run is a title or a list, and
 * stopping there keeps each look-up short however long the text is.
 */
export const MAX_RUN_WORDS = 24;

/**
 * Returns the capitalised run that starts at `from` in `text` ("Wakil Menteri ... Nasir pada
 * Rabu" -> up to "Nasir"), or "" when it is longer than {@link MAX_RUN_WORDS}. Only the words
 * of the run are read, not the rest of the text.
 */
export function leadingRun(text: string, from = 0): string {
  const words = /\S+/g;
  words.lastIndex = from;
  const run: string[] = [];
  for (let raw = words.exec(text); raw; raw = words.exec(text)) {
    const token = readToken(raw[0]);
    if (!token) break;
    run.push(token.text);
    if (run.length > MAX_RUN_WORDS) return '';
    if (token.closes) break;
  }
  return run.join(' ');
}

/**
 * Returns the capitalised run that ends at `end` in `text` ("di Bangkok, Nasir" -> "Nasir"), or
 * "" when it is longer than {@link MAX_RUN_WORDS}. Only the words of the run are read.
 */
export function trailingRun(text: string, end = text.length): string {
  const run: string[] = [];
  let wordEnd = end;
  for (;;) {
    while (wordEnd > 0 && isSpaceAt(text, wordEnd - 1)) wordEnd--;
    if (wordEnd === 0) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && !isSpaceAt(text, wordStart - 1)) wordStart--;
    const token = readToken(text.slice(wordStart, wordEnd));
    // Punctuation ends a run, except on its own last word ("Nasir," before a verb).
    if (!token || (token.closes && run.length > 0)) break;
    run.push(token.text);
    if (run.length > MAX_RUN_WORDS) return '';
    wordEnd = wordStart;
  }
  return run.reverse().join(' ');
}

function isNameToken(token: Token): boolean {
  return token.kind === 'initial' || (token.kind === 'word' && !NOT_NAME.has(token.text.toLowerCase()));
}

/**
 * Role words come before a name, never after it, so one that ends a run of name words is a
 * surname ("Lukman Hakim"); followed by more names it opens the next role ("... Kombes Hendra").
 */
function isSurnameAfterName(tokens: readonly Token[], start: number, index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    index > start &&
    token?.kind === 'word' &&
    ROLE_HEADS.has(token.text.toLowerCase()) &&
    tokens[index - 1]?.kind === 'word' &&
    (next === undefined || !isNameToken(next))
  );
}

/** Splits a capitalised run into the name and the role before it ("Wakil Menteri Luar Negeri RI X Y"). */
export function splitRoleAndName(run: string): { name?: string; role?: string } {
  const tokens = tokensOf(run).filter((token): token is Token => token !== undefined);
  // The name is the last stretch of name-like words: roles, ranks and units come before it
  // ("Direktur Reserse Kriminal Khusus Polda Kepri Kombes Silvester Simamora").
  let best: [number, number] | undefined;
  for (let start = 0; start < tokens.length; start++) {
    let end = start;
    while (end < tokens.length && (isNameToken(tokens[end] as Token) || isSurnameAfterName(tokens, start, end))) end++;
    if (tokens.slice(start, end).some((token) => token.kind === 'word')) best = [start, end];
    start = Math.max(start, end);
  }
  if (!best) return {};
  const name = tokens.slice(best[0], best[1]).map((token) => token.text).join(' ');
  // A parenthetical and the acronyms after it ("(Wamenlu) RI") are an aside between role and
  // name; without one, an acronym is part of the role ("Kepala PPATK", "Kapolres ... AKBP").
  let roleEnd = best[0];
  while (roleEnd > 0 && tokens[roleEnd - 1]?.kind === 'acronym') roleEnd--;
  if (tokens[roleEnd - 1]?.kind === 'paren') roleEnd--;
  else roleEnd = best[0];
  let roleStart = roleEnd;
  while (roleStart > 0 && ['word', 'acronym'].includes(tokens[roleStart - 1]?.kind ?? '')) roleStart--;
  const words = tokens.slice(roleStart, roleEnd).map((token) => token.text);
  const head = words.findIndex((word) => ROLE_HEADS.has(word.toLowerCase()));
  return head < 0 ? { name } : { name, role: words.slice(head).join(' ') };
}

/** Every capitalised run of `text`, read as role and name. */
function namedRuns(text: string): Array<{ name: string; role?: string }> {
  const runs: Array<{ name: string; role?: string }> = [];
  let current: string[] = [];
  const flush = (): void => {
    const { name, role } = splitRoleAndName(current.join(' '));
    if (name) runs.push(role ? { name, role } : { name });
    current = [];
  };
  for (const raw of text.split(/\s+/)) {
    const token = readToken(raw);
    if (token) current.push(token.text);
    if (!token || token.closes) flush();
  }
  flush();
  return runs;
}

/** A named run of the text with its words, for look-ups by word. */
interface IndexedRun {
  name: string;
  role?: string;
  words: string[];
}

/**
 * Returns a function that resolves a mention ("Nasir", "Wakil Menteri Arrmanatha C. Nasir") to
 * the person as `text` names them most fully, or undefined when the mention is not a person:
 * a single word never given a role (a country, a ministry) is not taken for one.
 */
export function createPersonResolver(text: string): (mention: string) => Person | undefined {
  const runs: IndexedRun[] = namedRuns(text).map((run) => ({ ...run, words: run.name.split(' ') }));
  // Runs by the words they contain, so a mention is compared with the runs sharing its rarest
  // word instead of every run of the text; an article names the same people again and again,
  // so each distinct mention is resolved once.
  const runsByWord = new Map<string, IndexedRun[]>();
  for (const run of runs) {
    for (const word of new Set(run.words)) {
      const list = runsByWord.get(word);
      if (list) list.push(run);
      else runsByWord.set(word, [run]);
    }
  }
  const resolved = new Map<string, Person | undefined>();

  const resolveMention = (mention: string): Person | undefined => {
    const own = splitRoleAndName(mention);
    if (!own.name) return undefined;
    const words = own.name.split(' ');
    const lists = words.map((word) => runsByWord.get(word) ?? []);
    const rarest = lists.reduce((best, list) => (list.length < best.length ? list : best));
    const matches = rarest.filter((run) => words.every((word) => run.words.includes(word)));
    // The fullest form wins; among equals the first mentioned.
    const fullest = matches.reduce<IndexedRun | undefined>(
      (best, run) => (!best || run.words.length > best.words.length ? run : best),
      undefined,
    );
    const name = fullest?.name ?? own.name;
    const role = own.role ?? matches.find((run) => run.role)?.role;
    if (!role && name.split(' ').filter((word) => !/^\p{Lu}\.$/u.test(word)).length < 2) return undefined;
    return role ? { name, role } : { name };
  };

  return (mention) => {
    if (!resolved.has(mention)) resolved.set(mention, resolveMention(mention));
    return resolved.get(mention);
  };
}
