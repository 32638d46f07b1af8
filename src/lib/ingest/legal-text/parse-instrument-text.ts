/**
 * Reads the text of an international instrument (a convention, treaty, protocol or agreement,
 * a declaration, a co-chairs' or chairman's statement) into a legal entry: its title and kind,
 * who speaks in it, the body or meeting that adopted it, where and when it was adopted or
 * signed, the parties it lists, and its preamble with its articles or numbered paragraphs as
 * the body. What the text does not print is left out and flagged for review; nothing is filled
 * in from elsewhere.
 */
import type { ParsedLegal, ParsedLegalFields, ReviewFlag } from '../types.ts';
import { readAdoptingBody } from './adopting-body.ts';
import { readInstrumentBody } from './instrument-body.ts';
import { readInstrumentDate } from './instrument-date.ts';
import { readInstrumentHeading } from './instrument-title.ts';
import { readParties, readSpeaker } from './instrument-parties.ts';

/** Words only an Indonesian text uses, to tell which language the instrument's text is in. */
const INDONESIAN = /\b(?:yang|dan|dengan|bahwa|untuk|Negara-Negara|Pasal|Konvensi|Deklarasi|Perjanjian)\b/g;
const ENGLISH = /\b(?:the|and|of|that|with|States|Article|Convention|Declaration|Treaty)\b/g;

/** Whether the text is in Indonesian rather than English. */
function isIndonesian(text: string): boolean {
  const sample = text.slice(0, 5000);
  return (sample.match(INDONESIAN)?.length ?? 0) > (sample.match(ENGLISH)?.length ?? 0);
}

/** "European Treaty Series - No. 185": the number a treaty series gives the instrument. */
const SERIES_NUMBER = /\bTreaty\s+Series\s*[-–]\s*(No\.\s*\d+)/i;

function missing(field: string, what: string): ReviewFlag {
  return { field, reason: `The text gives no ${what}; fill it in by hand from the official copy, or leave it empty.` };
}

/** Reads `text` as an international instrument. */
export function parseInstrumentText(text: string): ParsedLegal {
  const heading = readInstrumentHeading(text);
  const date = readInstrumentDate(text);
  const speaker = readSpeaker(text);
  const parties = readParties(text);
  const adoptingBody = readAdoptingBody(text, heading.meeting);
  const body = readInstrumentBody(text);
  const indonesian = isIndonesian(text);
  const number = SERIES_NUMBER.exec(text.slice(0, 3000))?.[1];
  const review: ReviewFlag[] = [];

  const title = heading.title ?? 'Instrumen internasional tanpa judul';
  const data: ParsedLegalFields = {
    kind: heading.kind ?? 'agreement',
    title: indonesian ? { id: title } : { id: title, en: title },
    aliases: { id: [], en: [] },
    jurisdiction: 'International',
    considerations: [],
    legalBasis: [],
    parties,
    relations: [],
    officialUrls: [],
    sources: [],
    verified: false,
    uncertain: [],
  };
  if (number) data.number = number;
  if (heading.formAsPrinted) data.formAsPrinted = heading.formAsPrinted;
  if (speaker) data.issuer = speaker;
  if (adoptingBody) data.adoptingBody = adoptingBody;
  if (date) {
    data.concluded = date.place ? { place: date.place, date: date.date } : { date: date.date };
    if (date.date) {
      // A dateline under a treaty's title dates its signature; under a declaration or statement, its adoption.
      const binding = data.kind === 'convention' || data.kind === 'protocol' || data.kind === 'agreement';
      data[date.act === 'dated' ? (binding ? 'signed' : 'adopted') : date.act] = date.date;
      data.year = Number(date.date.slice(0, 4));
    }
  }

  if (!heading.kind) review.push({ field: 'kind', reason: 'No word naming the instrument (convention, treaty, declaration, statement...) was found in its heading; the kind is a guess.' });
  if (!heading.title) review.push(missing('title', 'title in its heading'));
  else if (indonesian) review.push({ field: 'title.en', reason: 'The text is Indonesian; write the English title by hand.' });
  else review.push({ field: 'title.id', reason: 'The text is English; the Indonesian title is the English one until a person writes it.' });
  review.push({ field: 'jurisdiction', reason: 'Who the instrument binds is not read from the text; write it by hand.' });
  if (!speaker) review.push(missing('issuer', 'speaker ("We, ...")'));
  if (!adoptingBody) review.push(missing('adoptingBody', 'adopting body or meeting'));
  if (!date) review.push(missing('concluded', 'place and date of adoption or signature'));
  else if (!date.place) review.push(missing('concluded.place', 'place of adoption or signature'));
  if (parties.length === 0) review.push(missing('parties', 'list of parties or participants'));
  if (body.markdown === '') review.push(missing('body', 'preamble, articles or numbered paragraphs'));
  review.push({ field: 'summary', reason: 'A summary is written for Lintas by a person; the ingest writes none.' });

  return { kind: 'legal', data, body: body.markdown, review, relations: [], articles: body.articles };
}
