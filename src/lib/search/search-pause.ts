/**
 * How long the search page waits after a change of the query before it searches. Keystrokes are
 * coalesced: searching every letter of a word would queue searches for prefixes nobody wants in
 * Pagefind's one worker, ahead of the word finally typed. A change that brings the whole query
 * at once (a paste, a drop, an autocompletion, an undo, the box emptied by its clear button or by
 * a script) has nothing more coming, so it is searched at once.
 */

/** The pause after a keystroke: longer than the gap between keystrokes of a person typing steadily. */
export const TYPING_PAUSE_MS = 250;

/** `InputEvent.inputType` prefixes of changes made in one go rather than key by key. */
const WHOLE_CHANGE_TYPES = ['insertFrom', 'insertReplacementText', 'deleteBy', 'history'];

/**
 * The milliseconds to wait before searching after an `input` event of the query box whose
 * `inputType` is `inputType` (`undefined` when the event is not an `InputEvent`, as when a script
 * sets the value or the clear button empties the box).
 */
export function pauseBeforeSearch(inputType: string | undefined): number {
  if (inputType === undefined || WHOLE_CHANGE_TYPES.some((prefix) => inputType.startsWith(prefix))) return 0;
  return TYPING_PAUSE_MS;
}
