/**
 * The content collections: one per kind of entry, each validated by its schema from the content
 * model (`src/lib/content-model.ts`), with Astro's `reference()` linking entries.
 *
 * Studies and news are Markdown entries written by the ingest (`npm run ingest`) and then
 * reviewed by a person; legal instruments, concepts and entities (organisations, people,
 * countries) are curated YAML data.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createContentModel } from './lib/content-model.ts';

export { LANGS, type Lang } from './lib/langs.ts';
export {
  ENTITY_KINDS,
  LEGAL_KINDS,
  PARSERS,
  RELATION_TYPES,
  type ConceptData,
  type EntityData,
  type EntityKind,
  type FieldNote,
  type LegalData,
  type NewsFrontmatter,
  type Parser,
  type StudyFrontmatter,
} from './lib/content-model.ts';

const model = createContentModel(reference);

// Entry bodies are read from their files where needed (`src/lib/entry-body.ts`): kept in the
// store, each would be bundled into the page code beside its rendered HTML.
export const collections = {
  studies: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/studies', retainBody: false }),
    schema: model.studySchema,
  }),
  news: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/news', retainBody: false }), schema: model.newsSchema }),
  legal: defineCollection({ loader: glob({ pattern: '**/*.{yaml,md}', base: './content/legal', retainBody: false }), schema: model.legalSchema }),
  concepts: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/concepts' }),
    schema: model.conceptSchema,
  }),
  entities: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/entities' }),
    schema: model.entitySchema,
  }),
};
