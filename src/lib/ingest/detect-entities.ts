/**
 * Finds the countries, organisations and people a text names, as ids of the entities in
 * `content/entities/` (the data the site's entity pages are built from). Each is returned once, in
 * order of first mention, so the main subject of a text usually comes first. What the text names
 * but no entity covers (a country, a body it defines as "Name (ACRONYM)", a national bureau of a
 * country with no entry) is returned separately, for the ingest to flag for review.
 */
import { ambiguousNameFields, entityNameFields, type EntityRecord } from '../entities/entity-record.ts';
import { tokenizeNames } from '../entities/person-names.ts';
import { buildPhraseIndex, findPhraseMatches, type PhraseIndex, type PhraseMatch } from '../text/find-phrases.ts';
import { normalizeForMatch, tokenizeForMatch, type MatchToken } from '../text/normalize-for-match.ts';
import { countryNameEntries, countryShortName } from './entities/country-names.ts';
import { findDefinedOrganisations } from './entities/defined-acronyms.ts';

/** Marks the key of a name several organisations share, so it can never be taken for one id. */
const AMBIGUOUS_PREFIX = '?';

/** The entity data indexed for matching; build once per run with `buildEntityMatcher`. */
export interface EntityMatcher {
  /** Country names (the package's and the country entities') -> ISO code. */
  countries: PhraseIndex<string>;
  /** Organisation names -> entity id, or `?<name>` for an ambiguous alias. */
  organisations: PhraseIndex<string>;
  /** Person names -> entity id. */
  people: PhraseIndex<string>;
  /** ISO code -> country entity id. */
  countryIdByCode: ReadonlyMap<string, string>;
  /** `?<name>` -> the organisations sharing that name. */
  sharedNames: ReadonlyMap<string, readonly EntityRecord[]>;
  byId: ReadonlyMap<string, EntityRecord>;
}

/** Indexes every name of the given entities. */
export function buildEntityMatcher(entities: readonly EntityRecord[]): EntityMatcher {
  const ofKind = (kind: EntityRecord['kind']) => entities.filter((entity) => entity.kind === kind);
  const plainNames = (list: readonly EntityRecord[]) =>
    list.flatMap((entity) => entityNameFields(entity).map(({ label }) => ({ key: entity.id, phrase: label })));
  const organisations = ofKind('organisation');
  const sharedNames = new Map<string, EntityRecord[]>();
  const ambiguous = organisations.flatMap((entity) =>
    ambiguousNameFields(entity).map(({ label }) => {
      const key = `${AMBIGUOUS_PREFIX}${normalizeForMatch(label)}`;
      sharedNames.set(key, [...(sharedNames.get(key) ?? []), entity]);
      return { key, phrase: label };
    }),
  );
  const countryIdByCode = new Map<string, string>();
  for (const entity of ofKind('country')) if (entity.code) countryIdByCode.set(entity.code, entity.id);
  return {
    countries: buildPhraseIndex(countryNameEntries(entities)),
    organisations: buildPhraseIndex([...plainNames(organisations), ...ambiguous]),
    people: buildPhraseIndex(plainNames(ofKind('person'))),
    countryIdByCode,
    sharedNames,
    byId: new Map(entities.map((entity) => [entity.id, entity])),
  };
}

/** A country name right after these words names a language or a currency, not the country. */
const LANGUAGE_WORDS = new Set(['bahasa']);
const CURRENCY_WORDS = new Set(['dolar', 'dollar', 'dollars', 'ringgit', 'baht', 'yen', 'yuan', 'peso', 'pound']);

/** Country abbreviations that are also everyday words ("as" in Indonesian, "us" in English). */
const WORD_LIKE_ABBREVIATIONS = new Set(['AS', 'US']);

function isAllCapsWord(token: MatchToken | undefined): boolean {
  return token !== undefined && /\p{Lu}/u.test(token.cased) && !/\p{Ll}/u.test(token.cased);
}

/** True when the match sits in a run of three or more upper-case words, i.e. a shouted heading. */
function isInCapitalisedRun(tokens: MatchToken[], match: PhraseMatch<unknown>): boolean {
  let first = match.start;
  while (isAllCapsWord(tokens[first - 1])) first -= 1;
  let last = match.end;
  while (isAllCapsWord(tokens[last])) last += 1;
  return last - first >= 3;
}

/**
 * Whether a country-name match really names the country. Rejected: names with no capitalised
 * word (proper nouns are capitalised, so "china" or "turkey" in lower case are left alone, while
 * "kerajaan Inggris" counts); a name after "bahasa" (the language); a name in a currency ("dolar
 * AS", "US$", "Singapore dollar": an amount of money, not a statement about the country); and
 * "AS"/"US" inside an upper-case heading, where they are more likely the words "as"/"us".
 */
function namesCountry(text: string, tokens: MatchToken[], match: PhraseMatch<string>): boolean {
  const words = tokens.slice(match.start, match.end);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || !words.some((word) => /^\p{Lu}/u.test(word.cased))) return false;
  const before = tokens[match.start - 1];
  const after = tokens[match.end];
  const beforeWord = before && !first.breakBefore ? before.norm : undefined;
  const afterWord = after && !after.breakBefore ? after.norm : undefined;
  if (beforeWord && (LANGUAGE_WORDS.has(beforeWord) || CURRENCY_WORDS.has(beforeWord))) return false;
  if ((afterWord && CURRENCY_WORDS.has(afterWord)) || text[last.end] === '$') return false;
  const written = words.map((word) => word.cased).join('');
  return !(WORD_LIKE_ABBREVIATIONS.has(written) && isInCapitalisedRun(tokens, match));
}

function countryMatches(text: string, tokens: MatchToken[], index: PhraseIndex<string>): PhraseMatch<string>[] {
  return findPhraseMatches(tokens, index).filter((match) => namesCountry(text, tokens, match));
}

/** Entity ids found in a text, and what it names that no entity covers. */
export interface DetectedEntities {
  ids: string[];
  /** Names as the text writes them (or a country's English name), once each. */
  unknown: string[];
}

/**
 * The country entities a text names, in order of first mention. Names come from
 * `i18n-iso-countries` (Indonesian and English) and the country entities' labels and aliases
 * ("Tiongkok", "Kerajaan Inggris", "AS", demonyms such as "Dutch" or "WNI"). A country named
 * inside an organisation's name counts: "NCB-Interpol Indonesia" mentions Indonesia. A country
 * with no entity is returned under `unknown` as "Name (CODE)".
 */
export function detectCountries(text: string, matcher: EntityMatcher): DetectedEntities {
  const codes = [...new Set(countryMatches(text, tokenizeForMatch(text), matcher.countries).map((match) => match.key))];
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const code of codes) {
    const id = matcher.countryIdByCode.get(code);
    if (id) ids.push(id);
    else unknown.push(`${countryShortName(code)} (${code})`);
  }
  return { ids, unknown };
}

interface Mention {
  /** The entity named; undefined when no entity covers the name, or a shared name stays vague. */
  id: string | undefined;
  /** True for a name the entity data knows but that names no single body (a bare "NCB"). */
  vague: boolean;
  words: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
}

/** The longest country name a text could use, in words, for reading the one after a name. */
const COUNTRY_NAME_WINDOW = 8;

/** The country named right at token `at`, in the same clause, with the token after its name. */
function countryStartingAt(
  text: string,
  tokens: MatchToken[],
  at: number,
  index: PhraseIndex<string>,
): { code: string; end: number } | undefined {
  const next = tokens[at];
  if (!next || next.breakBefore) return undefined;
  // Matched on its own: the words before belong to the organisation's name, not to a country's.
  const [first] = countryMatches(text, tokens.slice(at, at + COUNTRY_NAME_WINDOW), index);
  return first?.start === 0 ? { code: first.key, end: at + first.end } : undefined;
}

/** The organisation every one of `bodies` is part of, when they share one. */
function commonParent(bodies: readonly EntityRecord[]): string | undefined {
  const parents = new Set(bodies.map((body) => body.partOf));
  const [parent] = parents;
  return parents.size === 1 ? parent : undefined;
}

/**
 * What one organisation-name match names. A plain name is its entity, unless a country other
 * than the body's own follows it ("Kementerian Luar Negeri Malaysia" is not Kemlu). A name several
 * bodies share ("NCB", "NCB-Interpol") names one of them only with a country right after it, the
 * body of that country. Without a country it never names one of them: it names the organisation
 * they are all part of (every NCB is INTERPOL's), or stays vague; with a country none of them
 * belongs to it is unknown.
 */
function resolveOrganisation(
  text: string,
  tokens: MatchToken[],
  match: PhraseMatch<string>,
  matcher: EntityMatcher,
): { id: string | undefined; vague: boolean; end: number } | undefined {
  const after = countryStartingAt(text, tokens, match.end, matcher.countries);
  const countryOf = (entity: EntityRecord | undefined) => {
    const country = entity?.country === undefined ? undefined : matcher.byId.get(entity.country);
    return country?.code;
  };
  const shared = matcher.sharedNames.get(match.key);
  if (!shared) {
    const own = countryOf(matcher.byId.get(match.key));
    return after && own && after.code !== own ? undefined : { id: match.key, vague: false, end: match.end };
  }
  if (!after) {
    const parent = commonParent(shared);
    return { id: parent, vague: parent === undefined, end: match.end };
  }
  const candidates = shared.filter((entity) => countryOf(entity) === after.code);
  return { id: candidates.length === 1 ? candidates[0]?.id : undefined, vague: false, end: after.end };
}

function curatedMentions(text: string, tokens: MatchToken[], matcher: EntityMatcher): Mention[] {
  const mentions: Mention[] = [];
  for (const match of findPhraseMatches(tokens, matcher.organisations)) {
    const resolved = resolveOrganisation(text, tokens, match, matcher);
    const first = tokens[match.start];
    const last = resolved && tokens[resolved.end - 1];
    if (!resolved || !first || !last) continue;
    const words = text.slice(first.start, last.end);
    mentions.push({ id: resolved.id, vague: resolved.vague, words, start: first.start, end: last.end });
  }
  return mentions;
}

/**
 * The organisation entities a text names, once each, in order of first mention. Conservative:
 * only names from the entity data are tagged. A body the text itself defines as "Long
 * Capitalised Name (ACRONYM)" (under the strict rules of `entities/defined-acronyms.ts`) where no
 * entity name is found, and a shared name followed by a country no entity of that name belongs
 * to, are returned under `unknown`. A shared name never tags one of the bodies sharing it on its
 * own (see `resolveOrganisation`).
 */
export function detectOrganisations(text: string, matcher: EntityMatcher): DetectedEntities {
  const curated = curatedMentions(text, tokenizeForMatch(text), matcher);
  const overlapsCurated = (mention: { start: number; end: number }) =>
    curated.some((c) => mention.start < c.end && c.start < mention.end);
  const defined = findDefinedOrganisations(text)
    .filter((mention) => !overlapsCurated(mention))
    .map(({ name, start, end }): Mention => ({ id: undefined, vague: false, words: name, start, end }));
  const mentions = [...curated, ...defined].sort((a, b) => a.start - b.start);
  return {
    ids: [...new Set(mentions.flatMap((mention) => (mention.id ? [mention.id] : [])))],
    unknown: [
      ...new Set(mentions.flatMap((mention) => (mention.id || mention.vague ? [] : [mention.words.replace(/\s+/g, ' ')]))),
    ],
  };
}

/** The person entities a text names by their name or an alias, once each, in order of first mention. */
export function detectPersons(text: string, matcher: EntityMatcher): string[] {
  return [...new Set(findPhraseMatches(tokenizeNames(text), matcher.people).map((match) => match.key))];
}
