/**
 * Reads the text of an Indonesian regulation into a legal entry: the heading block, the
 * considerations and legal basis, the articles as the body, the closing formulas with the
 * gazette, the elucidation, and the relations the text states. A part the text does not print
 * is left out and flagged for review; nothing is filled in from elsewhere.
 */
import type { ParsedLegal, ParsedLegalFields, ReviewFlag } from '../types.ts';
import { markdownFromText } from '../../markdown/write-markdown.ts';
import { readLegalBody } from './articles.ts';
import { readLegalClosing } from './closing.ts';
import { elucidationParagraphs, splitElucidation } from './elucidation.ts';
import { formSpec } from './forms.ts';
import { readLegalHeading } from './heading.ts';
import { readInstrumentHeading } from './instrument-title.ts';
import { parseInstrumentText } from './parse-instrument-text.ts';
import { citedInstrument, readConsiderations, readLegalBasis } from './preamble-items.ts';
import { readBasisRelations, readConsiderationRelations, readRevocations, readTitleRelations } from './relations.ts';
import { titleCaseHeading } from './title-case.ts';

/** The regulation's own number: the digits a citation uses ("26" of "26/PER/M.KOMINFO/5/2007"). */
function citationNumber(printed: string): string | undefined {
  const digits = /^\d+/.exec(printed)?.[0];
  return digits === undefined ? undefined : String(Number(digits));
}

function missing(field: string, what: string): ReviewFlag {
  return { field, reason: `The text gives no ${what}; fill it in by hand from the official copy, or leave it empty.` };
}

/**
 * Reads `text` as an Indonesian regulation, or as an international instrument when its heading
 * names no regulation form but names a kind of instrument (convention, treaty, declaration...).
 */
export function parseLegalText(text: string): ParsedLegal {
  const { regulation, elucidation } = splitElucidation(text);
  const heading = readLegalHeading(regulation);
  if (!heading.form && readInstrumentHeading(text).kind) return parseInstrumentText(text);
  const closing = readLegalClosing(regulation);
  const considerations = readConsiderations(regulation);
  const basis = readLegalBasis(regulation);
  const body = readLegalBody(regulation);
  const review: ReviewFlag[] = [];
  const spec = heading.form ? formSpec(heading.form) : undefined;

  const number = heading.number;
  const ownNumber = number ? citationNumber(number) : undefined;
  const about = heading.title ? titleCaseHeading(heading.title) : undefined;
  // The form as printed names the ministry or agency ("Peraturan Menteri Komunikasi dan Informatika").
  const formName = heading.formAsPrinted
    ? titleCaseHeading(heading.formAsPrinted.replace(/\s+REPUBLIK\s+INDONESIA$/, ''))
    : spec?.name;
  const titleId = [
    formName ?? 'Peraturan',
    number ? `Nomor ${number}` : '',
    heading.year && !number?.endsWith(String(heading.year)) ? `Tahun ${heading.year}` : '',
    about ? `tentang ${about}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const data: ParsedLegalFields = {
    kind: spec?.kind ?? 'ministerial-regulation',
    title: { id: titleId },
    aliases: { id: [], en: [] },
    jurisdiction: 'Indonesia',
    considerations,
    legalBasis: basis.map((item) => {
      const cites = citedInstrument(item);
      return cites ? { text: item, cites, targets: [] } : { text: item, targets: [] };
    }),
    relations: [],
    officialUrls: [],
    sources: [],
    verified: false,
    uncertain: [],
  };
  if (heading.form && ownNumber && heading.year) data.citation = { form: heading.form, number: ownNumber, year: heading.year };
  if (number) data.number = number;
  if (heading.year) data.year = heading.year;
  if (heading.formAsPrinted) data.formAsPrinted = heading.formAsPrinted;
  if (heading.issuer) data.issuer = heading.issuer;
  if (closing.enacted) data.enacted = closing.enacted;
  if (closing.enacted?.date) data.adopted = closing.enacted.date;
  if (closing.promulgated) data.promulgated = closing.promulgated;
  if (closing.gazette) data.gazette = closing.gazette;
  if (closing.gazetteSupplement) data.gazetteSupplement = closing.gazetteSupplement;

  if (!spec) review.push({ field: 'kind', reason: 'No regulation form (UU, PP, Perpres, Permen...) was found in the heading; the kind is a guess.' });
  if (!number) review.push(missing('number', 'regulation number after "NOMOR"'));
  if (!heading.year) review.push(missing('citation', 'year after "TAHUN"'));
  if (!about) review.push(missing('title', 'title after "TENTANG"'));
  review.push({ field: 'title.en', reason: 'The text is Indonesian; write the English title by hand.' });
  if (about && heading.title === heading.title!.toUpperCase()) {
    review.push({ field: 'title.id', reason: `Made from the heading "${heading.title}" with its case restored; check acronyms.` });
  }
  if (!heading.issuer) review.push(missing('issuer', 'issuer before "Menimbang"'));
  if (!closing.enacted?.date) review.push(missing('enacted', 'enactment formula ("Ditetapkan di ... pada tanggal ...")'));
  if (!closing.promulgated?.date) review.push(missing('promulgated', 'promulgation formula ("Diundangkan di ... pada tanggal ...")'));
  if (!closing.gazette) review.push(missing('gazette', 'gazette (LEMBARAN NEGARA / BERITA NEGARA ... TAHUN ... NOMOR ...)'));
  if (considerations.length === 0) review.push(missing('considerations', 'considerations ("Menimbang")'));
  if (basis.length === 0) review.push(missing('legalBasis', 'legal basis ("Mengingat")'));
  if (body.articles.length === 0) review.push(missing('body', 'articles ("Pasal 1", ...)'));
  review.push({ field: 'summary', reason: 'A summary is written for Lintas by a person; the ingest writes none.' });

  const relations = [
    ...readTitleRelations(heading.title ?? ''),
    ...readConsiderationRelations(considerations),
    ...readBasisRelations(basis),
    ...readRevocations(body.markdown),
  ];
  const elucidationMarkdown = elucidation
    ? ['## Penjelasan', ...elucidationParagraphs(elucidation).map(markdownFromText)].join('\n\n')
    : '';
  return {
    kind: 'legal',
    data,
    body: [body.markdown, elucidationMarkdown].filter(Boolean).join('\n\n'),
    review,
    relations,
    articles: body.articles,
  };
}
