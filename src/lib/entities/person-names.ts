/**
 * Finds which person entity a written name stands for ("Muhammad Nasir Badu, S.Sos., M.Hum."
 * is `muhammad-nasir-badu`), so pages can link the names of authors, supervisors and people
 * quoted to the person's page.
 */
import { buildPhraseIndex, findPhraseMatches } from '../text/find-phrases.ts';
import { tokenizeForMatch, type MatchToken } from '../text/normalize-for-match.ts';
import { entityNameFields, type EntityRecord } from './entity-record.ts';

/** An initial or a short abbreviated name ("C.", "Muh.", "M."): its full stop ends no sentence. */
const ABBREVIATED_NAME = /^\p{Lu}\p{Ll}{0,2}$/u;

/**
 * A text's words for matching people's names: as `tokenizeForMatch`, except that the full stop
 * after an initial or an abbreviated given name does not break the name, so "Arrmanatha C. Nasir"
 * and "Muh. Faiq Qushayyi" are each one name.
 */
export function tokenizeNames(text: string): MatchToken[] {
  const tokens = tokenizeForMatch(text);
  return tokens.map((token, index) => {
    const previous = tokens[index - 1];
    const joined = token.breakBefore && previous && ABBREVIATED_NAME.test(previous.cased) && /^\.\s+$/.test(text.slice(previous.end, token.start));
    return joined ? { ...token, breakBefore: false } : token;
  });
}

/** Indexes the people's names once; the returned lookup gives the person a name contains, if any. */
export function buildPersonNameLookup(entities: readonly EntityRecord[]): (name: string) => string | undefined {
  const index = buildPhraseIndex(
    entities
      .filter((entity) => entity.kind === 'person')
      .flatMap((entity) => entityNameFields(entity).map(({ label }) => ({ key: entity.id, phrase: label }))),
  );
  return (name) => {
    const ids = new Set(findPhraseMatches(tokenizeNames(name), index).map((match) => match.key));
    // A name holding two people's names is a list, not one person: link neither.
    return ids.size === 1 ? [...ids][0] : undefined;
  };
}
