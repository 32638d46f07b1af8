/**
 * The bundled redirect map is one the build accepts: every old id leads straight to an entry
 * that exists, and no old id is an entry's id again. Reads ids from the entry files only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRedirectMap } from '../../src/lib/redirects.ts';
import { COLLECTIONS, type CollectionName } from '../../src/lib/urls.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const idsIn = (collection: CollectionName) =>
  new Set(readdirSync(join(contentDir, collection)).flatMap((name) => /^(.+)\.(?:md|mdx|yaml)$/.exec(name)?.[1] ?? []));

describe('content/redirects.yaml', () => {
  it('leads every old id straight to an entry of its collection', () => {
    const currentIds = Object.fromEntries(COLLECTIONS.map((collection) => [collection, idsIn(collection)]));
    expect(() => readRedirectMap(contentDir, currentIds)).not.toThrow();
  });
});
