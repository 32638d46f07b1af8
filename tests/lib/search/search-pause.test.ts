import { describe, expect, it } from 'vitest';
import { pauseBeforeSearch, TYPING_PAUSE_MS } from '../../../src/lib/search/search-pause.ts';

describe('pauseBeforeSearch', () => {
  it.each(['insertText', 'insertCompositionText', 'deleteContentBackward', 'deleteWordBackward', 'deleteContentForward'])(
    'waits for more typing after a keystroke (%s)',
    (inputType) => {
      expect(pauseBeforeSearch(inputType)).toBe(TYPING_PAUSE_MS);
    },
  );

  it.each(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'deleteByCut', 'historyUndo', 'historyRedo'])(
    'searches at once when the change brings the whole query (%s)',
    (inputType) => {
      expect(pauseBeforeSearch(inputType)).toBe(0);
    },
  );

  it('searches at once when the value was set without an input event of its own (a script, the clear button)', () => {
    expect(pauseBeforeSearch(undefined)).toBe(0);
  });

});
