/**
 * The body of a regulation as Markdown: its chapters (BAB), parts (Bagian, Paragraf) and articles
 * (Pasal) with their paragraphs (ayat), from "Menetapkan" to the enactment formula. Each article
 * is a heading "Pasal 4", so the site gives it the anchor `pasal-4`; its ayat "(1)", "(2)" open
 * paragraphs of their own. The wording is kept as printed, escaped so nothing becomes markup.
 * The articles of an international instrument are read the same way: "Article 4" (anchor
 * `article-4`) or, in an Indonesian text, "Pasal 4"; its chapters "CHAPTER I", "Chapter II".
 */
import { markdownFromText } from '../../markdown/write-markdown.ts';
import { ENACTED } from './closing.ts';
import { withoutFurniture } from './flat-text.ts';

export interface LegalBody {
  /** The articles as Markdown; empty when the text holds no article. */
  markdown: string;
  /** The article numbers in order ("1", "2", "12A"). */
  articles: string[];
}

const CHAPTER = /^(BAB|CHAPTER|Chapter)\s+([IVXLC]+)\b(?:\s*[–-])?\s*(.*)$/;
/** "Pasal 4", "Article 4", or "Article 1 – Definitions" with the article's own title after a dash. */
const ARTICLE = /^(Pasal|Article|ARTICLE)\s+(\d+[A-Z]?)(?:\s+[–-]\s+(.+))?$/;
const PART = /^(?:Bagian|Paragraf)\s+\S+/;
/** A line that opens a paragraph of its own: an ayat "(1)", a list item "a." or "1.". */
const OPENS_PARAGRAPH = /^(?:\(\d+[a-z]?\)|[a-z]\.|\d{1,2}\.)\s/;

/** Copies that lost their line breaks: each "Pasal N" after a sentence end goes on a line of its own. */
function restoreArticleLines(text: string): string {
  return text.replace(/([.;:])[ \t]+(Pasal\s+\d+[A-Z]?)[ \t]+(?=\(1\)|\p{Lu})/gu, '$1\n$2\n');
}


function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (paragraphs.length === 0 || OPENS_PARAGRAPH.test(line)) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
  }
  return paragraphs;
}

/** Reads the articles of `text` (the elucidation, when there is one, excluded by the caller). */
export function readLegalBody(text: string): LegalBody {
  const enacted = ENACTED.exec(text);
  const lines = restoreArticleLines(withoutFurniture(enacted ? text.slice(0, enacted.index) : text))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // The articles begin after "Menetapkan" at the first chapter or article; without it, at BAB I or Pasal 1.
  const decided = lines.findIndex((line) => /^Menetapkan\b/i.test(line));
  const opens = (line: string) =>
    decided >= 0 ? CHAPTER.test(line) || ARTICLE.test(line) : /^(?:(?:BAB|CHAPTER|Chapter)\s+I\b|(?:Pasal|Article|ARTICLE)\s+1(?:$|\s+[–-]\s))/.test(line);
  const start = lines.findIndex((line, at) => at > decided && opens(line));
  if (start < 0) return { markdown: '', articles: [] };
  const blocks: string[] = [];
  const articles: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    blocks.push(...paragraphsOf(pending).map(markdownFromText));
    pending = [];
  };
  for (let at = start; at < lines.length; at += 1) {
    const line = lines[at]!;
    const chapter = CHAPTER.exec(line);
    const article = ARTICLE.exec(line);
    if (chapter) {
      flush();
      // The chapter's title is the next line when the heading stands alone ("BAB I" / "KETENTUAN UMUM").
      const title = chapter[3] || (lines[at + 1] && !ARTICLE.test(lines[at + 1]!) ? lines[++at] : '');
      blocks.push(`## ${markdownFromText(`${chapter[1]} ${chapter[2]}${title ? ` ${title}` : ''}`)}`);
    } else if (article) {
      flush();
      articles.push(article[2]!);
      // The heading is the article's number alone, so its anchor is `pasal-4` or `article-4`; a title goes below it.
      blocks.push(`### ${article[1]} ${article[2]}`);
      if (article[3]) blocks.push(`**${markdownFromText(article[3])}**`);
    } else if (PART.test(line)) {
      flush();
      const title = lines[at + 1] && !ARTICLE.test(lines[at + 1]!) ? ` ${lines[++at]}` : '';
      blocks.push(`**${markdownFromText(`${line}${title}`)}**`);
    } else {
      pending.push(line);
    }
  }
  flush();
  return { markdown: blocks.join('\n\n'), articles };
}
