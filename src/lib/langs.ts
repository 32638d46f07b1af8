/**
 * The two languages of Lintas content, in a module with no Astro imports so that the ingest,
 * the Markdown plugins and the content model can all share it.
 */
export const LANGS = ['id', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** True for the code of a language Lintas content is written in. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
