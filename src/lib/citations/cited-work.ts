/**
 * What makes two citations one work, and which of their spellings a list shows.
 *
 * A work is its first author's family name and its year: "(Maier, 1990)" and "Charles Maier
 * (1990)" are one work, as are "(Buzan et al., 1998)" and "(Buzan, Wæver & de Wilde, 1998)".
 * The family name is the last word of a name of up to three words; a longer one is an
 * organisation ("Kementerian Perhubungan Republik Indonesia") and is kept whole, since two
 * ministries share their last words. Two different authors with one surname and year merge:
 * the text gives nothing more to tell them apart.
 */
import type { Citation } from './parse-citations.ts';

/** A cited work as lists show it. */
export interface CitedWork {
  /** Identifies the work within an entry and across the corpus. */
  key: string;
  /** The fullest author list any citation of the work gives. */
  authors: string[];
  etAl: boolean;
  year: string;
}

/** Names longer than this are organisations, compared whole. */
const MAX_PERSON_NAME_WORDS = 3;

function foldForKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function familyKey(name: string): string {
  const words = foldForKey(name).split(/[\s.]+/u).filter(Boolean);
  return words.length > MAX_PERSON_NAME_WORDS ? words.join(' ') : (words[words.length - 1] ?? '');
}

/** The key of the work a citation cites. */
export function citedWorkKey(citation: Pick<Citation, 'authors' | 'year'>): string {
  return `${familyKey(citation.authors[0] ?? '')}|${citation.year}`;
}

/**
 * Whether `candidate` names the work more fully than `current`: more authors listed, then a
 * fuller first author ("Charles Maier" over "Maier"); on a tie the first seen stays.
 */
export function namesMoreFully(candidate: Pick<Citation, 'authors'>, current: Pick<Citation, 'authors'>): boolean {
  if (candidate.authors.length !== current.authors.length) return candidate.authors.length > current.authors.length;
  return (candidate.authors[0] ?? '').length > (current.authors[0] ?? '').length;
}

/** The work a citation cites, named as that citation names it. */
export function citedWorkOf(citation: Citation): CitedWork {
  return { key: citedWorkKey(citation), authors: citation.authors, etAl: citation.etAl, year: citation.year };
}

/** Order of a works-cited list: by first author's family name, then year. */
export function compareCitedWorks(a: CitedWork, b: CitedWork): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
