/**
 * Reads the link targets from the content folder, for `astro.config.mjs`: the entry-body plugin
 * is configured before Astro loads any collection, so the build reads the curated data once here,
 * checked against the same schemas as the collections.
 */
import { readConcepts, readEntities, readLegalInstruments } from '../ingest/content-store.ts';
import { buildLinkTargets } from './build-link-targets.ts';
import type { LinkTarget } from './link-target.ts';

/** Every concept, legal instrument and entity under `contentDir` as a link target. */
export function readLinkTargets(contentDir: string): LinkTarget[] {
  return buildLinkTargets({
    concepts: readConcepts(contentDir),
    legal: readLegalInstruments(contentDir),
    entities: readEntities(contentDir),
  });
}
