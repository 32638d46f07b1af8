/**
 * What a generated corpus tags and mentions: the concepts, legal instruments, countries and
 * organisations of a content folder, each with the words a text names it by.
 */
import { readConcepts, readEntities, readLegalInstruments } from '../../src/lib/ingest/content-store.ts';

/** A text in both languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/** A thing an entry can be tagged with, and how a text in each language names it. */
export interface VocabularyItem {
  id: string;
  name: Bilingual;
}

/** The tag targets of a content folder. */
export interface CorpusVocabulary {
  concepts: VocabularyItem[];
  legal: VocabularyItem[];
  countries: VocabularyItem[];
  organisations: VocabularyItem[];
}

/**
 * Reads the tag targets under `contentDir`. An organisation is named by its first alias (mostly
 * an acronym, as texts write them) and a legal instrument by its first alias or else its title.
 */
export function readCorpusVocabulary(contentDir: string): CorpusVocabulary {
  const entities = readEntities(contentDir);
  const entityName = (data: (typeof entities)[number]['data']): Bilingual => ({
    id: data.aliases?.id?.[0] ?? data.label.id,
    en: data.aliases?.en?.[0] ?? data.label.en,
  });
  return {
    concepts: readConcepts(contentDir).map(({ id, data }) => ({ id, name: { ...data.prefLabel } })),
    legal: readLegalInstruments(contentDir).map(({ id, data }) => ({
      id,
      name: { id: data.aliases?.id?.[0] ?? data.title.id, en: data.aliases?.en?.[0] ?? data.title.en ?? data.title.id },
    })),
    countries: entities.filter(({ data }) => data.kind === 'country').map(({ id, data }) => ({ id, name: { ...data.label } })),
    organisations: entities.filter(({ data }) => data.kind === 'organisation').map(({ id, data }) => ({ id, name: entityName(data) })),
  };
}
