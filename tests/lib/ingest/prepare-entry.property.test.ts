/**
 * Property: whatever text a raw document holds, the ingest either refuses it with a message
 * naming the file, or writes an entry whose page shows that text as text, made only of the
 * elements the document's structure accounts for, with no control or direction-override
 * character left.
 *
 * The number of generated documents comes from LINTAS_PROPERTY_RUNS (300 by default, 10,000 with
 * `npm run test:property`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/types.ts';
import { ATTACK_STRINGS, MARKDOWN_LINES, UNSAFE_URL } from '../../helpers/attack-strings.ts';
import { ingestText } from '../../helpers/ingest-document.ts';
import { newsPage, newsSentence, thesisAbstractPage, thesisWithChapter } from '../../helpers/raw-documents.ts';
import { readHtml, renderEntry, withoutLinkerMarkup } from '../../helpers/site-markdown.ts';

const RUNS = Number(process.env.LINTAS_PROPERTY_RUNS ?? 300);
console.log(`prepare-entry property suite: ${RUNS} generated documents`);

const FILE = 'generated.txt';

/** Characters the entry must never hold: C0 controls but tab and line feed, DEL, C1, bidi controls. */
const FORBIDDEN_CHARACTERS = /[\0-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Elements the structure each kind of document is written with accounts for. */
const STRUCTURE = {
  news: new Set(['p']),
  abstract: new Set(['p']),
  chapters: new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code']),
} as const;
const STRUCTURE_ATTRIBUTES = new Set(['id', 'lang', 'start', 'align']);

const tricky = fc.constantFrom(
  ...ATTACK_STRINGS,
  ...MARKDOWN_LINES,
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u061c', '\u0000', '\u0007', '\u001b', '\u0085', '\u009b', '\f', '\v', '\t', '\r',
  '&amp;', '&#60;script&#62;', '&lt;', '\\', '`', '``', '*', '_', '[', ']', '(', ')', '!', '<!--', '-->', '<', '>', '|', '#', '~~', '$$',
  'https://contoh.test/', 'www.contoh.test', 'redaksi@contoh.test', '\u00ad', '\u200b', '\ufeff', '\u2028', '\u00a0', 'שלום', 'مرحبا', '👩‍💻', 'e\u0301',
);
const piece = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }));
/** Text to put inside one line of a document: line breaks are the document's own. */
const payload = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('').replace(/[\n\r\v\f\u0085]/g, ' '));

/** Text as a reader compares it: no invisible characters, any run of space one space. */
function comparable(text: string): string {
  return text
    .replace(/[\p{Z}\t\n\v\f\r\u0085]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/ +/g, ' ')
    .trim();
}

/** The payload as the document's bytes carry it (UTF-8 cannot hold a lone surrogate). */
const asStored = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));

interface Case {
  kind: keyof typeof STRUCTURE;
  document: string;
  /** Texts the page must show. */
  shown: string[];
}

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(payload, payload, payload).map(([inHeadline, inside, atStart]) => ({
    kind: 'news' as const,
    document: newsPage(`Polisi Ungkap Penipuan ${inHeadline} Lewat Pesan`, [newsSentence(inside), `${atStart} ditulis di awal baris berita ini oleh redaksi.`]),
    shown: [newsSentence(inside)],
  })),
  fc.tuple(payload, payload, payload).map(([inTitle, inAbstract, keyword]) => ({
    kind: 'abstract' as const,
    document: thesisAbstractPage(`KERJA SAMA INDONESIA ${inTitle} DAN AUSTRALIA`, `Kutipan ${inAbstract} dianalisis.`, [keyword, 'kerja sama']),
    shown: [`Kutipan ${inAbstract} dianalisis.`],
  })),
  fc.tuple(payload, payload).map(([inside, atStart]) => ({
    kind: 'chapters' as const,
    document: thesisWithChapter([`Paragraf yang cukup panjang ini mengutip ${inside} dari berkas perkara.`, `${atStart} adalah awal paragraf ini.`]),
    shown: [`mengutip ${inside} dari berkas perkara.`],
  })),
);

const outcomes = { refused: 0, written: 0 };

async function checkCase({ kind, document, shown }: Case): Promise<void> {
  let text: string;
  try {
    text = (await ingestText(FILE, document)).text;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message.startsWith(`${FILE}: `)).toBe(true);
    outcomes.refused++;
    return;
  }
  outcomes.written++;
  expect(text).not.toMatch(FORBIDDEN_CHARACTERS);
  const rendered = await renderEntry(text);
  const body = readHtml(withoutLinkerMarkup(rendered.body));
  const fields = readHtml([...rendered.inline, ...rendered.blocks].join('\n'));
  for (const tag of body.tags) expect(STRUCTURE[kind]).toContain(tag);
  for (const tag of fields.tags) expect(['p']).toContain(tag);
  for (const attribute of [...body.attributes, ...fields.attributes]) expect(STRUCTURE_ATTRIBUTES).toContain(attribute);
  expect([...body.urls, ...fields.urls].filter((url) => UNSAFE_URL.test(url))).toEqual([]);
  const page = comparable(`${body.text}\n${fields.text}`);
  for (const expected of shown) expect(page).toContain(comparable(asStored(expected)));
}

describe('prepareEntry on generated documents', () => {
  it(`refuses with the file named, or shows the text as text (${RUNS} documents)`, async () => {
    await fc.assert(fc.asyncProperty(cases, checkCase), { numRuns: RUNS });
    console.log(`prepare-entry property suite: ${outcomes.written} entries written, ${outcomes.refused} documents refused`);
    // Most generated documents must make an entry, or the suite would test little but refusals.
    expect(outcomes.written).toBeGreaterThan(outcomes.refused);
  }, 1_800_000);
});
