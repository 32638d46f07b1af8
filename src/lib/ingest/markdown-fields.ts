/**
 * The fields the site renders as Markdown (study titles, abstracts and keywords, news
 * headlines) written as Markdown that says their text: parsers read plain text, and a `<b>` or a
 * `*` in a title is part of the title, not formatting. Every other field is shown as plain text
 * and stays as the parser read it.
 */
import { markdownFromText } from '../markdown/write-markdown.ts';
import type { ParsedDocument } from './types.ts';

type PerLanguage<T> = { id?: T; en?: T };

function eachLanguage<T>(values: PerLanguage<T>, write: (value: T) => T): PerLanguage<T> {
  return Object.fromEntries(Object.entries(values).map(([lang, value]) => [lang, value === undefined ? value : write(value)]));
}

/** The document with its Markdown-rendered fields escaped; the body is the parsers' own Markdown already. */
export function escapeMarkdownFields(doc: ParsedDocument): ParsedDocument {
  if (doc.kind === 'news') {
    const { headline } = doc.data;
    return headline === undefined ? doc : { ...doc, data: { ...doc.data, headline: markdownFromText(headline) } };
  }
  const { title, abstract, keywords } = doc.data;
  return {
    ...doc,
    data: {
      ...doc.data,
      title: eachLanguage(title, markdownFromText),
      abstract: eachLanguage(abstract, markdownFromText),
      keywords: eachLanguage(keywords, (words: string[]) => words.map(markdownFromText)),
    },
  };
}
