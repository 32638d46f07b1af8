/**
 * Decides what writing a regenerated entry over an existing file would do. Pure: the caller
 * does the I/O. An entry a person has edited is only replaced when they ask for it (`force`),
 * and the caller shows them the difference first.
 */
import { isDeepStrictEqual } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { isHandEdited, parseEntryFile } from './entry-file.ts';

export type WriteAction =
  /** No file yet. */
  | 'create'
  /** The file already holds exactly this text. */
  | 'unchanged'
  /** The file is as the ingest last wrote it; regenerating it is safe. */
  | 'update'
  /** The file was edited by hand and `force` was given. */
  | 'overwrite'
  /** The file was edited by hand; writing needs `force`. */
  | 'conflict'
  /** The file says what the ingest would write, laid out otherwise or carrying a stale digest (as
   * after curating by hand): it is rewritten so that later runs know it as the ingest's own. */
  | 'restamp';

export interface WritePlan {
  action: WriteAction;
  /** Unified diff from the existing file to the new text, when they differ. */
  diff?: string;
}

/**
 * What an entry says, leaving out how it is laid out and its digest (which changes whenever
 * anything else does): a curated file in another key order says the same as its regeneration.
 */
function meaning(text: string, path: string): unknown {
  try {
    const { frontmatter, body } = parseEntryFile(text, path);
    const source = frontmatter.source as Record<string, unknown> | undefined;
    return { ...frontmatter, source: { ...source, digest: undefined }, body };
  } catch {
    return text;
  }
}

/**
 * What writing `next` over the file at `path` (holding `existing`, if any) would do; `force`
 * allows replacing a hand-edited file.
 */
export function planWrite(path: string, existing: string | undefined, next: string, force: boolean): WritePlan {
  if (existing === undefined) return { action: 'create' };
  if (existing === next) return { action: 'unchanged' };
  if (isDeepStrictEqual(meaning(existing, path), meaning(next, path))) return { action: 'restamp' };
  const diff = createTwoFilesPatch(path, path, existing, next, 'on disk', 'from the ingest');
  if (!isHandEdited(existing)) return { action: 'update', diff };
  return { action: force ? 'overwrite' : 'conflict', diff };
}
