/**
 * Finds the countries and organisations a text mentions, for the `countries` and `organisations`
 * tags of an ingested entry. Both return each entity once, in order of first mention, so the
 * main subject of a text usually comes first.
 */
import { buildPhraseIndex, findPhraseMatches, type PhraseMatch } from '../text/find-phrases.ts';
import { tokenizeForMatch, type MatchToken } from '../text/normalize-for-match.ts';
import { countryNameEntries, countryShortName } from './entities/country-names.ts';
import { findDefinedOrganisations } from './entities/defined-acronyms.ts';
import { ORGANISATIONS, type OrganisationEntry } from './entities/organisations.ts';

const countryIndex = buildPhraseIndex(countryNameEntries());

const organisationByName = new Map(ORGANISATIONS.map((organisation) => [organisation.name, organisation]));

const organisationIndex = buildPhraseIndex(
  ORGANISATIONS.flatMap(({ name, aliases }) => aliases.map((phrase) => ({ key: name, phrase }))),
);

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

function countryMatches(text: string, tokens: MatchToken[]): PhraseMatch<string>[] {
  return findPhraseMatches(tokens, countryIndex).filter((match) => namesCountry(text, tokens, match));
}

/**
 * ISO 3166-1 alpha-2 codes of the countries a text names, in order of first mention. Names come
 * from `i18n-iso-countries` (Indonesian and English) and a small alias table ("Tiongkok",
 * "Kerajaan Inggris", "AS", demonyms such as "Dutch" or "WNI"). A country named inside an
 * organisation's name counts: "NCB-Interpol Indonesia" mentions Indonesia.
 */
export function detectCountries(text: string): string[] {
  const tokens = tokenizeForMatch(text);
  return [...new Set(countryMatches(text, tokens).map((match) => match.key))];
}

interface Mention {
  name: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
}

/** The tag for a curated organisation match, or undefined when it names another state's body. */
function organisationName(organisation: OrganisationEntry, countryAfter: string | undefined): string | undefined {
  if (countryAfter && organisation.nationalBureauPrefix) {
    return `${organisation.nationalBureauPrefix} ${countryShortName(countryAfter)}`;
  }
  if (countryAfter && organisation.country && countryAfter !== organisation.country) return undefined;
  return organisation.name;
}

/** The longest country name a text could use, in words, for reading the one after a name. */
const COUNTRY_NAME_WINDOW = 8;

/** The country named right at token `at`, in the same clause. */
function countryStartingAt(text: string, tokens: MatchToken[], at: number): string | undefined {
  const next = tokens[at];
  if (!next || next.breakBefore) return undefined;
  // Matched on its own: the words before belong to the organisation's name, not to a country's.
  const [first] = countryMatches(text, tokens.slice(at, at + COUNTRY_NAME_WINDOW));
  return first?.start === 0 ? first.key : undefined;
}

function curatedMentions(text: string, tokens: MatchToken[]): Mention[] {
  const mentions: Mention[] = [];
  for (const match of findPhraseMatches(tokens, organisationIndex)) {
    const organisation = organisationByName.get(match.key);
    const name = organisation && organisationName(organisation, countryStartingAt(text, tokens, match.end));
    const first = tokens[match.start];
    const last = tokens[match.end - 1];
    if (name && first && last) mentions.push({ name, start: first.start, end: last.end });
  }
  return mentions;
}

/**
 * Canonical names of the organisations a text mentions, once each, in order of first mention.
 * Conservative: names from the curated table (`entities/organisations.ts`), plus bodies the text
 * itself defines as "Long Capitalised Name (ACRONYM)" under the strict rules of
 * `entities/defined-acronyms.ts` when no curated name is found at that place.
 */
export function detectOrganisations(text: string): string[] {
  const curated = curatedMentions(text, tokenizeForMatch(text));
  const overlapsCurated = (mention: Mention) => curated.some((c) => mention.start < c.end && c.start < mention.end);
  const defined = findDefinedOrganisations(text).filter((mention) => !overlapsCurated(mention));
  const mentions = [...curated, ...defined].sort((a, b) => a.start - b.start);
  return [...new Set(mentions.map((mention) => mention.name))];
}
