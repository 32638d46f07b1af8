/**
 * Checks an entry the ingest is about to write against the schema the build will apply, so a
 * document the parsers misread is refused with the field named, instead of breaking the build.
 */
import { fileModel } from '../content-model.ts';
import type { IngestedCollection } from './content-store.ts';
import { IngestError } from './types.ts';

const SCHEMAS = { studies: fileModel.studySchema, news: fileModel.newsSchema, legal: fileModel.legalSchema } as const;

/** Throws an {@link IngestError} naming `file` and every failing field when `frontmatter` is not valid. */
export function assertValidEntry(collection: IngestedCollection, frontmatter: unknown, file: string): void {
  const result = SCHEMAS[collection].safeParse(frontmatter);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
  throw new IngestError(file, `the ${collection} entry made from it would not be valid:\n  ${problems.join('\n  ')}`);
}
