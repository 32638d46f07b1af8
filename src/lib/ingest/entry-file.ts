/**
 * The on-disk form of an ingested entry: YAML frontmatter between `---` fences, then the
 * Markdown body. The frontmatter records a digest of the text as the ingest wrote it, so a
 * later run can tell an untouched entry (safe to regenerate) from one a person has edited.
 */
import { createHash } from 'node:crypto';
import { Document, parse, visit } from 'yaml';

// Not all digits, so YAML writes it unquoted like the real digests that replace it.
const PLACEHOLDER = 'a'.repeat(64);
// A person re-saving the file may quote the value.
const DIGEST_LINE = /^(\s+digest: )(['"]?)([0-9a-f]{64})\2$/m;

export interface EntryFile {
  frontmatter: Record<string, unknown>;
  body: string;
}

/** The hex sha256 of a text or of bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Drops undefined values so they never reach the YAML as `null`. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    );
  }
  return value;
}

/** Strings YAML 1.1 readers (Astro's among them) would take for timestamps. */
const TIMESTAMP_LIKE = /^\d{4}-\d\d?-\d\d?([Tt ]|$)/;

function render(frontmatter: Record<string, unknown>, body: string): string {
  const doc = new Document(withoutUndefined(frontmatter));
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && TIMESTAMP_LIKE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 100, minContentWidth: 40 });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/** The digest of an entry's text, taken with its own digest value blanked out. */
export function digestOf(text: string): string {
  return sha256(text.replace(DIGEST_LINE, `$1$2${PLACEHOLDER}$2`));
}

/**
 * Serialises an entry and stamps `source.digest` with the digest of the result.
 * `frontmatter.source` must be an object; its `digest` is overwritten.
 */
export function serializeEntry(frontmatter: Record<string, unknown>, body: string): string {
  const source = frontmatter.source;
  if (source === null || typeof source !== 'object') throw new Error('an ingested entry needs a source');
  const draft = render({ ...frontmatter, source: { ...source, digest: PLACEHOLDER } }, body);
  return draft.replace(DIGEST_LINE, `$1$2${digestOf(draft)}$2`);
}

/** True when the text no longer matches the digest the ingest stamped on it. */
export function isHandEdited(text: string): boolean {
  const stamped = DIGEST_LINE.exec(text)?.[3];
  return stamped === undefined || stamped !== digestOf(text);
}

/** Splits an entry file into frontmatter and body; `file` names it in errors. */
export function parseEntryFile(text: string, file: string): EntryFile {
  // The closing fence is a line of its own: a `---` inside a value does not end the frontmatter.
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  let frontmatter: unknown;
  try {
    frontmatter = parse(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new Error(`${file}: the frontmatter is not a YAML mapping`);
  }
  return { frontmatter: frontmatter as Record<string, unknown>, body: (match[2] ?? '').trim() };
}
