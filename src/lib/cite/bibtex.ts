/**
 * CSL items as BibTeX. Written here because the maintained converter we tried writes a thesis with
 * a type of its own ("Skripsi") as `@misc`; a thesis must stay a thesis with its type and school.
 * Every value is braced and escaped; Indonesian titles are double-braced so that BibTeX styles
 * that lower-case titles leave them as written.
 */
import type { CslItem } from './csl-item.ts';
import { invertedName, isDoctoralThesis, issuedParts, oneLine, pageRange, UNNAMED_THESIS_TYPE } from './csl-fields.ts';

/** Escapes the characters that mean something to (La)TeX inside a braced value. */
function escapeTex(text: string): string {
  return oneLine(text)
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

function entryType(item: CslItem): string {
  switch (item.type) {
    case 'thesis':
      return isDoctoralThesis(item) ? 'phdthesis' : 'mastersthesis';
    case 'article-journal':
    case 'article-newspaper':
      return 'article';
    case 'legislation':
      return 'misc';
  }
}

/** A citation key from the entry id: letters, digits and `-_:` only. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:-]/g, '-');
}

/** One item as a BibTeX entry. */
export function toBibtexEntry(item: CslItem): string {
  const [year, month] = issuedParts(item);
  const { first, last } = pageRange(item.page);
  const title = escapeTex(item.title);
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map((name) => ('literal' in name ? `{${escapeTex(name.literal)}}` : escapeTex(invertedName(name)))).join(' and ') || undefined],
    ['title', item.language === 'en' ? title : `{${title}}`],
    ['type', item.type === 'thesis' ? escapeTex(item.genre ?? UNNAMED_THESIS_TYPE) : undefined],
    ['school', item.type === 'thesis' && item.publisher ? escapeTex(item.publisher) : undefined],
    ['journal', item['container-title'] ? escapeTex(item['container-title']) : undefined],
    ['volume', item.volume ? escapeTex(item.volume) : undefined],
    ['number', item.issue ? escapeTex(item.issue) : item.number ? escapeTex(item.number) : undefined],
    ['pages', first ? (last ? `${escapeTex(first)}--${escapeTex(last)}` : escapeTex(first)) : undefined],
    ['year', year?.toString()],
    ['month', month?.toString()],
    ['institution', item.type === 'legislation' && item.authority ? escapeTex(item.authority) : undefined],
    ['doi', item.DOI ? escapeTex(item.DOI) : undefined],
    ['url', item.URL],
    ['language', item.language],
    ['keywords', item.keyword ? escapeTex(item.keyword) : undefined],
    ['abstract', item.abstract ? escapeTex(item.abstract) : undefined],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${entryType(item)}{${bibtexKey(item.id)},\n${body}\n}\n`;
}

/** Items as a BibTeX file, one entry after another. */
export function toBibtex(items: readonly CslItem[]): string {
  return items.map(toBibtexEntry).join('\n');
}
