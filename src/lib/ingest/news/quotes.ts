/**
 * Extracts direct quotations ("...", “...” or ‘...’) and their speakers. The speaker is read from the
 * attribution beside the quote ("kata Arrmanatha", "Nasir said", "Ia mengatakan, ..."); a
 * pronoun ("ujarnya", "katanya", "he said") refers to the last person named as speaking.
 */
import { createPersonResolver, leadingRun, MAX_RUN_WORDS, trailingRun, type Person } from './names.ts';
import { VERBS_AFTER_SPEAKER, VERBS_BEFORE_SPEAKER, findSpeechMentions, type SpeechMention } from './speakers.ts';
import { wordsAfter, wordsBefore } from '../../text/word-window.ts';

/** A quoted statement and, when the text names one, who said it. */
export interface Quote {
  text: string;
  speaker?: string;
}

/**
 * Double quotes, or single quotes where a statement stands in them on its own (headline style,
 * "‘...,’ tulis Rina"). A single quote inside a double-quoted span is a quote within the quote
 * and is consumed with it; a closing single quote followed by a letter is an apostrophe (Jum’at).
 */
const QUOTATION = /“([^“”]+)”|"([^"\n]+)"|(?<![\p{L}\p{N}])‘([^‘’\n]+)’(?!\p{L})|(?<![\p{L}\p{N}])'([^'\n]+)'(?!\p{L})/gu;
/** A comma closing the quoted words belongs to the attribution, even before an inner closing quote. */
const TRAILING_COMMA = /,(['’]?)$/u;
/** Shorter quoted spans are terms in scare quotes ("scam"), not statements. */
const MIN_QUOTE_WORDS = 4;
const PRONOUN = /^(?:dia|ia|beliau|he|she|they)\b/iu;

const VERB_AFTER_QUOTE = new RegExp(String.raw`^\s*,?\s*(?:${VERBS_BEFORE_SPEAKER})(nya)?\b\s*`, 'iu');
const SUBJECT_AFTER_QUOTE = new RegExp(String.raw`^\s*,?\s*(.+?)\s+(?:${VERBS_AFTER_SPEAKER})\b`, 'u');
/** A subject longer than this is a clause, not a speaker with a role ("Foreign Ministry spokesperson X"). */
const MAX_SUBJECT_WORDS = 8;
const VERB_BEFORE_QUOTE = new RegExp(String.raw`(?:${VERBS_AFTER_SPEAKER})\s*[,:]?\s*$`, 'iu');
const NAME_BEFORE_QUOTE = new RegExp(String.raw`\b(?:${VERBS_BEFORE_SPEAKER}|menurut|according to)\s+(.+?)\s*[,:]\s*$`, 'iu');

/**
 * How many words either side of a quote its attribution is looked for in, within the paragraph:
 * room for a verb, a speaker's full role and name (at most MAX_RUN_WORDS) and punctuation. A
 * fixed window keeps each quote's look-up short however long the paragraph runs.
 */
const ATTRIBUTION_WORDS = 2 * MAX_RUN_WORDS;

type Attribution = { person: Person } | 'pronoun' | undefined;

function attributionAfter(after: string, resolve: (mention: string) => Person | undefined): Attribution {
  const verb = VERB_AFTER_QUOTE.exec(after);
  if (verb) {
    const rest = after.slice(verb[0].length);
    if (verb[1] || PRONOUN.test(rest)) return 'pronoun';
    const person = resolve(leadingRun(rest));
    return person ? { person } : undefined;
  }
  // English order: "..." Nasir said. / "..." he said. / "..." Foreign Ministry spokesperson X told ...
  const subject = SUBJECT_AFTER_QUOTE.exec(after)?.[1] ?? '';
  if (PRONOUN.test(subject)) return 'pronoun';
  if (subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return undefined;
  const person = resolve(trailingRun(subject));
  return person ? { person } : undefined;
}

function attributionBefore(before: string, resolve: (mention: string) => Person | undefined): Attribution {
  const verb = VERB_BEFORE_QUOTE.exec(before);
  if (verb) {
    const subject = before.slice(0, verb.index);
    if (PRONOUN.test(subject.trim().split(/\s+/).pop() ?? '')) return 'pronoun';
    const person = resolve(trailingRun(subject));
    return person ? { person } : undefined;
  }
  const named = NAME_BEFORE_QUOTE.exec(before)?.[1];
  const person = named ? resolve(named) : undefined;
  return person ? { person } : undefined;
}

/** The person of the last mention before `index`; `mentions` are in text order. */
function lastSpeakerBefore(mentions: readonly SpeechMention[], index: number): Person | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.index < index) low = middle + 1;
    else high = middle;
  }
  return mentions[low - 1]?.person;
}

/**
 * Returns the direct quotations of an article body (paragraphs separated by newlines), trailing
 * commas that belong to the attribution removed, each with its speaker's fullest name when the
 * text makes it clear.
 */
export function extractQuotes(body: string): Quote[] {
  const resolve = createPersonResolver(body);
  const mentions = findSpeechMentions(body, resolve);
  const quotes: Quote[] = [];
  for (const match of body.matchAll(QUOTATION)) {
    const text = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim().replace(TRAILING_COMMA, '$1');
    if (text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const after = wordsAfter(body, match.index + match[0].length, ATTRIBUTION_WORDS);
    const before = wordsBefore(body, match.index, ATTRIBUTION_WORDS);
    const attribution = attributionAfter(after, resolve) ?? attributionBefore(before, resolve);
    const speaker = attribution === 'pronoun' ? lastSpeakerBefore(mentions, match.index) : attribution?.person;
    quotes.push(speaker ? { text, speaker: speaker.name } : { text });
  }
  return quotes;
}
