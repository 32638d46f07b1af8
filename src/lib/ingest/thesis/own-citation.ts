/**
 * The reference an article prints for itself: under a "How to Cite" label on a journal's page
 * (APA: `Surname, I., & Name. (2024). Title. Journal, 5(3), 644-659. https://doi.org/...`;
 * Taylor & Francis: `Name & Name (2019) Title, Journal, 12:3, 245-267, DOI: ...`), or
 * at the head of the text, before the abstract, in a publisher's cover sheet (`Surname, Given,
 * and Name (2011), "Title", in: Journal, 30, 4, 57-87.`). It gives the year, title, journal,
 * volume, issue, pages and DOI as printed. A reference list lower down cites other works, so only
 * these two places are read.
 */
import { looksLikePersonName } from './person-name.ts';
import { findDoi, type JournalIssue } from './publication-lines.ts';

/** What an article's reference to itself gives. */
export interface OwnCitation {
  /** The authors as the reference prints them, in APA form only ("Nabila, F."); else empty. */
  authors: string[];
  year: number;
  title: string;
  issue: JournalIssue & { journal: string };
  doi?: string;
}

/**
 * A label over or before the reference: "How to Cite", "Cite this article:", "Please cite this
 * article as:", "Cite as:", "Citation:", "Cara Mengutip:", "Sitasi:". The bare nouns need their
 * colon: without it they open sentences.
 */
const CITE_LABEL =
  /^[*_]*(?:(?:(?:how\s+)?to\s+cite|(?:please\s+)?cite)(?:\s+this\s+(?:article|paper))?(?:\s+as)?|cara\s+(?:mengutip|mensitasi|sitasi)(?:\s+artikel\s+ini)?|(?:citation|sitasi|kutipan)(?=[*_]*\s*[:：]))\b[*_]*\s*[:：]?\s*/i;

/**
 * What may stand before a page range in a reference: "pp.", "p.", "hlm.", "h.", "hal.",
 * "Halaman", "Pages:".
 */
const PAGE_LABEL = String.raw`(?:[Pp]p?\.|[Hh]lm\.?|[Hh]\.|[Hh]al(?:aman)?\.?|[Pp]ages?\s*:?)?`;

/**
 * APA: authors, "(2024)." (the stop sometimes left out), title, journal, volume with the issue
 * in brackets or after "No.", pages after a comma or colon and a page label if printed. A
 * journal's name may hold commas ("PESHUM : Jurnal Pendidikan, Sosial Dan Humaniora"): it runs
 * to the comma before the volume, but never across a cover sheet's ", in:" (its own form).
 */
const APA = new RegExp(
  String.raw`^(?<authors>\p{Lu}[^()]{0,200}?)\.?\s*\((?<year>(?:19|20)\d{2})[a-z]?\)\.?\s*(?<title>.{5,300}?)[.?!]\s+(?<journal>\p{Lu}(?:(?!,\s*in:)[^.()]){2,120}?),\s*(?:[Vv]ol(?:ume)?\.?\s*)?(?<volume>\d{1,4})\s*(?:\((?<issue>[^()]{1,12})\)|,?\s*(?:[Nn]o|[Nn]omor|[Ii]ssue)\.?\s*(?<issueNo>\d{1,4}))?\s*[,:]\s*${PAGE_LABEL}\s*(?<pages>\d{1,5}\s*[-–]\s*\d{1,5})`,
  'u',
);

/**
 * Taylor & Francis: "Name & Name (2019) Title, Journal, 12:3, 245-267, DOI: ...", the names
 * given first, no stop after the year, volume and issue joined by a colon.
 */
const VOLUME_COLON_ISSUE =
  /^(?<authors>\p{Lu}[^()]{0,200}?)\s*\((?<year>(?:19|20)\d{2})\)\s+(?<title>[^()]{5,300}?),\s*(?<journal>\p{Lu}[^,]{2,120}?),\s*(?<volume>\d{1,4})(?::(?<issue>\d{1,4}))?,\s*(?<pages>\d{1,5}\s*[-–]\s*\d{1,5})/u;

/** A cover sheet's form: authors "(2011),", title, "in:", journal, volume, issue, pages. */
const IN_JOURNAL =
  /^(?<authors>\p{Lu}[^()]{0,200}?)\s*\((?<year>(?:19|20)\d{2})\),\s*(?<title>.{5,300}?),\s*in:\s*(?<journal>\p{Lu}[^,]{2,120}?),\s*(?<volume>\d{1,4}),\s*(?<issue>\d{1,3}),\s*(?<pages>\d{1,5}\s*[-–]\s*\d{1,5})/u;

/**
 * Initials alone ("F.", "R. O."): the given part of the APA name before them. The last one may
 * have lost its stop to the one closing the list ("Santoso, B (2021)").
 */
const INITIALS = /^(?:\p{Lu}\.\s*)*\p{Lu}\.?$/u;

/** What parts an author list: a comma, "&", "and" or "dan", alone or after a comma. */
const NAME_SEPARATOR = /\s*,\s*(?:(?:&|and|dan)\s+)?|\s+(?:&|and|dan)\s+/iu;

/**
 * Splits an APA author list on commas, "&", "and" and "dan", joining each run of initials to
 * the surname before it: "Khoirunnisa, Nabila, F., & Roza" gives "Khoirunnisa", "Nabila, F.",
 * "Roza". Returns no names when a part is not a surname or initials (a list in another style).
 */
function splitApaAuthors(list: string): string[] {
  const parts = list
    .split(NAME_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const names: string[] = [];
  for (const part of parts) {
    if (INITIALS.test(part) && names.length > 0) names[names.length - 1] = `${names.at(-1)}, ${part.endsWith('.') ? part : `${part}.`}`;
    else if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(part)) names.push(part);
    else return [];
  }
  return names;
}

/** Splits a list of names printed given name first; no names when a part is not a person's name. */
function splitFullNames(list: string): string[] {
  const names = list.split(NAME_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  return names.every(looksLikePersonName) ? names : [];
}

/** Reads `text` as a reference in one of the three forms, from its start. */
function parseReference(text: string): OwnCitation | undefined {
  const apa = APA.exec(text);
  const volumeColon = apa ? undefined : VOLUME_COLON_ISSUE.exec(text);
  const match = apa ?? volumeColon ?? IN_JOURNAL.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const rest = text.slice(match[0].length);
  const doi = /^[\s.,]*(?:https?:\/\/(?:dx\.)?doi\.org\/|doi\s*:?\s*)/i.test(rest) ? findDoi(rest) : undefined;
  const authors = groups.authors!.trim();
  const issue = (groups.issue ?? groups.issueNo)?.trim();
  return {
    authors: apa ? splitApaAuthors(authors) : volumeColon ? splitFullNames(authors) : [],
    year: Number(groups.year),
    title: groups.title!.trim(),
    issue: {
      journal: groups.journal!.trim(),
      volume: groups.volume!,
      ...(issue ? { issue } : {}),
      year: Number(groups.year),
      pages: groups.pages!.replace(/\s+/g, ''),
    },
    ...(doi ? { doi } : {}),
  };
}

/** How many lines a reference may run over. */
const REFERENCE_LINES = 4;

/**
 * Returns the reference the article prints for itself, or undefined. `lines` are the text's
 * lines; `abstractAt` is where its first abstract heading stands (-1 for none). A reference
 * under a cite label is read anywhere; an unlabelled one only when a line before the abstract
 * opens with it.
 */
export function readOwnCitation(lines: readonly string[], abstractAt: number): OwnCitation | undefined {
  const runFrom = (at: number, first: string): string => [first, ...lines.slice(at + 1, at + REFERENCE_LINES)].join(' ').replace(/\s+/g, ' ').trim();
  for (const [at, line] of lines.entries()) {
    const label = CITE_LABEL.exec(line.trim());
    if (!label) continue;
    const after = line.trim().slice(label[0].length);
    const found = after === '' ? parseReference(runFrom(at + 1, lines[at + 1] ?? '')) : parseReference(runFrom(at, after));
    if (found) return found;
  }
  const front = abstractAt < 0 ? lines : lines.slice(0, abstractAt);
  for (const [at, line] of front.entries()) {
    const found = parseReference(runFrom(at, line.trim()));
    if (found) return found;
  }
  return undefined;
}
