/**
 * CSL items as RIS. Written here because the maintained converter we tried hard-wraps values at 70
 * characters, which breaks titles and abstracts in EndNote and Zotero. Each tag is one line, CRLF
 * ended, as the RIS specification has it.
 */
import type { CslItem, CslType } from './csl-item.ts';
import { invertedName, issuedParts, oneLine, pageRange, UNNAMED_THESIS_TYPE } from './csl-fields.ts';

const RIS_TYPES: Readonly<Record<CslType, string>> = {
  thesis: 'THES',
  'article-journal': 'JOUR',
  'article-newspaper': 'NEWS',
  legislation: 'STAT',
};

/** `YYYY/MM/DD/` with the parts the date has, as RIS writes a date. */
function risDate(parts: number[]): string {
  const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

/** One item as an RIS record. */
export function toRisRecord(item: CslItem): string {
  const parts = issuedParts(item);
  const { first, last } = pageRange(item.page);
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPES[item.type]],
    ['ID', item.id],
    ...(item.author ?? []).map((name): [string, string] => ['AU', invertedName(name)]),
    ['TI', item.title],
    ['PY', parts[0]?.toString()],
    ['DA', parts.length > 0 ? risDate(parts) : undefined],
    ['M3', item.type === 'thesis' ? (item.genre ?? UNNAMED_THESIS_TYPE) : undefined],
    ['PB', item.type === 'thesis' ? item.publisher : item.authority],
    ['T2', item['container-title']],
    ['VL', item.volume],
    ['IS', item.issue ?? item.number],
    ['SP', first],
    ['EP', last],
    ['DO', item.DOI],
    ['UR', item.URL],
    ['LA', item.language],
    ...(item.keyword ?? '').split(/,\s*/).filter(Boolean).map((keyword): [string, string] => ['KW', keyword]),
    ['AB', item.abstract],
  ];
  const body = lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`)
    .join('');
  return `${body}ER  - \r\n`;
}

/** Items as an RIS file. */
export function toRis(items: readonly CslItem[]): string {
  return items.map(toRisRecord).join('\r\n');
}
