/**
 * Chooses a study's front fields from the candidates every piece of evidence proposes, the
 * value read from the block over an abstract being one more piece of evidence, and turns a
 * doubtful choice into a review flag.
 */
import { type Candidate, type Choice, chooseCandidate } from '../fields/candidates.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';
import type { ReviewFlag } from '../types.ts';
import { abstractCandidates, type AbstractCandidates } from './abstract-candidates.ts';
import { affiliationCandidates, type AffiliationCandidates } from './affiliation-candidates.ts';
import { authorCandidates, mayBeAuthorName } from './author-candidates.ts';
import { readFrontLines } from './front-lines.ts';
import { keywordCandidates, type KeywordCandidates } from './keyword-candidates.ts';
import { readRepositoryCitation } from './repository-citation.ts';
import { studentNumberCandidates } from './student-number-candidates.ts';
import { supervisorCandidates } from './supervisor-candidates.ts';
import type { Supervisor } from './supervisors.ts';
import { titleCandidates } from './title-candidates.ts';
import { yearCandidates } from './year-candidates.ts';

/** The candidates the front of a text gives for each field. */
export interface FrontCandidates {
  title: Candidate<string>[];
  authors: Candidate<string[]>[];
  keywords: KeywordCandidates;
  abstracts: AbstractCandidates;
  year: Candidate<number>[];
  affiliation: AffiliationCandidates;
  studentNumber: Candidate<string>[];
  supervisors: Candidate<Supervisor[]>[];
}

/**
 * How much a value read from the block over an abstract weighs: more than a lone capitals block
 * or a bare names line, less than a title over "SKRIPSI" or a name after "oleh".
 */
export const BLOCK_SCORE = 0.55;

/**
 * Collects the front candidates of `text`; `columnLines` are its front lines with the wide gaps
 * between columns kept, where a signature block can be read.
 */
export function collectFrontCandidates(text: string, columnLines: readonly string[]): FrontCandidates {
  const lines = readFrontLines(text);
  const record = readRepositoryCitation(lines);
  const reason = "the repository's citation";
  return {
    title: [...titleCandidates(lines), ...(record ? [{ value: record.title, score: 0.6, reason }] : [])],
    authors: [...authorCandidates(lines), ...(record ? [{ value: record.authors, score: 0.6, reason }] : [])],
    keywords: keywordCandidates(lines),
    abstracts: abstractCandidates(lines),
    year: [...yearCandidates(lines), ...(record ? [{ value: record.year, score: 0.6, reason }] : [])],
    affiliation: withRecordInstitution(affiliationCandidates(lines), record?.institution),
    studentNumber: [...studentNumberCandidates(lines), ...(record?.studentNumber ? [{ value: record.studentNumber, score: 0.6, reason }] : [])],
    supervisors: supervisorCandidates(lines, columnLines),
  };
}

/** The unit candidates with the institution a repository's citation names after the thesis kind, if it names one. */
function withRecordInstitution(found: AffiliationCandidates, institution: string | undefined): AffiliationCandidates {
  if (!institution) return found;
  return { ...found, institution: [...found.institution, { value: institution, score: 0.6, reason: "the repository's citation" }] };
}

/** The value the block over an abstract gave, as one candidate among the front's; none when it gave nothing. */
export function blockCandidate<T>(value: T | undefined, reason = 'the block over the abstract'): Candidate<T>[] {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
  return [{ value, score: BLOCK_SCORE, reason }];
}

/**
 * Chooses among `candidates` and the value the abstract's block gave, if any. Where one of the
 * two is the other cut short (the first line of a wrapped "Judul:" field), it supports the longer
 * reading rather than competing with it.
 */
export function chooseWithBlock<T>(candidates: readonly Candidate<T>[], fromBlock: T | undefined): Choice<T> | undefined {
  if (fromBlock === undefined || (Array.isArray(fromBlock) && fromBlock.length === 0)) return chooseCandidate(candidates);
  const whole = normalizeForMatch(String(fromBlock));
  // The block's title cut short at a line end supports the whole title a candidate reads.
  const longer = candidates.find((c) => normalizeForMatch(String(c.value)).startsWith(`${whole} `));
  if (longer) return chooseCandidate([...candidates, { value: longer.value, score: BLOCK_SCORE, reason: 'the block over the abstract, cut short' }]);
  const supporting = candidates.map((c) => {
    const part = normalizeForMatch(String(c.value));
    // At a word's end only: a block whose title ran on into the next word ("...PERAHUTEORI : ...") is not the whole of it.
    return part !== '' && (whole === part || whole.startsWith(`${part} `)) ? { ...c, value: fromBlock } : c;
  });
  return chooseCandidate([{ value: fromBlock, score: BLOCK_SCORE, reason: 'the block over the abstract' }, ...supporting]);
}

/**
 * Chooses the authors among the front's candidates and the names the block over the abstract
 * read, those that can be names. A front list naming every one of the block's names (the block
 * read only the last line of a two-line list), or parting the names the block ran together, is
 * supported by the block rather than rivalled.
 */
export function chooseAuthors(candidates: readonly Candidate<string[]>[], fromBlock: readonly string[]): Choice<string[]> | undefined {
  const names = fromBlock.filter(mayBeAuthorName);
  if (names.length === 0) return chooseCandidate(candidates);
  const keys = names.map(normalizeForMatch);
  const wider = candidates.find((c) => c.value.length > names.length && keys.every((key) => c.value.some((name) => normalizeForMatch(name) === key)));
  // The block may run a list printed one name to a line into one name ("Bintang Corvi Diphda
  // Wishnu Mahendra Wiswayana"): a front list with the same words in the same order parts it.
  const joined = (list: readonly string[]) => normalizeForMatch(list.join(' '));
  const parted = wider ? undefined : candidates.find((c) => c.value.length > names.length && joined(c.value) === joined(names));
  const reason = wider ? 'the block over the abstract names some of them' : parted ? 'the block over the abstract runs these names together' : 'the block over the abstract';
  const block = { value: wider?.value ?? parted?.value ?? names, score: BLOCK_SCORE, reason };
  return chooseCandidate([block, ...candidates]);
}

/** The review flag for a choice made on weak or contested evidence, if it was. */
export function reviewChoice<T>(field: string, choice: Choice<T>): ReviewFlag[] {
  if (!choice.doubt) return [];
  return [{ field, reason: `Chosen from the front of the text (${choice.reason}) on doubtful evidence: ${choice.doubt}. Check it against the original.` }];
}
