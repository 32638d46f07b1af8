/**
 * Finds who speaks in an article: "kata X", "ujar X", "menurut X", "X mengatakan", "X said",
 * "said X". Those are the people the news item lists; credited staff are not among them.
 */
import { createPersonResolver, leadingRun, trailingRun, type Person } from './names.ts';

/** A place in the text where a named person is said to speak. */
export interface SpeechMention {
  index: number;
  person: Person;
}

/**
 * Verbs (and "menurut") that come before the speaker: "kata Arrmanatha", "said Nasir". Not
 * "told": whoever follows it ("told The Jakarta Post") is the listener.
 */
export const VERBS_BEFORE_SPEAKER =
  'kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|terang|papar|sebut|lanjut|pungkas|tukas|tandas|tulis|said|says|added|explained|stated|continued|noted|warned|remarked|affirmed|asserted|emphasi[sz]ed|wrote';
/** Verbs that come after the speaker: "Nasir menyatakan", "Nasir said". */
export const VERBS_AFTER_SPEAKER =
  'mengatakan|menyatakan|menekankan|menegaskan|menjelaskan|mengungkapkan|menambahkan|menuturkan|menyebutkan|menyampaikan|memperingatkan|berkata|mendesak|menyerukan|menulis|said|says|stressed|added|told|noted|warned|explained|stated|urged|remarked|affirmed|asserted|emphasi[sz]ed|wrote';

const SPEAKER_AFTER = new RegExp(String.raw`\b(?:${VERBS_BEFORE_SPEAKER}|menurut|according to)\s+`, 'giu');
const SPEAKER_BEFORE = new RegExp(String.raw`\s+(?:${VERBS_AFTER_SPEAKER})\b`, 'giu');

/** Returns the named speakers of `text` in order of appearance, resolved to their fullest names. */
export function findSpeechMentions(text: string, resolve = createPersonResolver(text)): SpeechMention[] {
  const mentions: SpeechMention[] = [];
  for (const match of text.matchAll(SPEAKER_AFTER)) {
    const person = resolve(leadingRun(text, match.index + match[0].length));
    if (person) mentions.push({ index: match.index, person });
  }
  for (const match of text.matchAll(SPEAKER_BEFORE)) {
    const run = trailingRun(text, match.index);
    const person = resolve(run);
    if (person) mentions.push({ index: match.index - run.length, person });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Returns each speaker once, in order of first mention, with the first role the text gives them. */
export function listSpeakers(mentions: readonly SpeechMention[]): Person[] {
  const people = new Map<string, Person>();
  for (const { person } of mentions) {
    const known = people.get(person.name);
    if (!known || (!known.role && person.role)) people.set(person.name, known?.role ? known : person);
  }
  return [...people.values()];
}
