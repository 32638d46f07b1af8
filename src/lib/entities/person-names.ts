/**
 * Finds which person entity a written name stands for ("Muhammad Nasir Badu, S.Sos., M.Hum."
 * is `muhammad-nasir-badu`), so pages can link the names of authors, supervisors and people
 * quoted to the person's page.
 */
import { buildPhraseIndex, findPhraseMatches } from '../text/find-phrases.ts';
import { tokenizeForMatch } from '../text/normalize-for-match.ts';
import { entityNameFields, type EntityRecord } from './entity-record.ts';

/** Indexes the people's names once; the returned lookup gives the person a name contains, if any. */
export function buildPersonNameLookup(entities: readonly EntityRecord[]): (name: string) => string | undefined {
  const index = buildPhraseIndex(
    entities
      .filter((entity) => entity.kind === 'person')
      .flatMap((entity) => entityNameFields(entity).map(({ label }) => ({ key: entity.id, phrase: label }))),
  );
  return (name) => {
    const ids = new Set(findPhraseMatches(tokenizeForMatch(name), index).map((match) => match.key));
    // A name holding two people's names is a list, not one person: link neither.
    return ids.size === 1 ? [...ids][0] : undefined;
  };
}
