/**
 * Where the parts of a thesis text begin: its first abstract heading and, in a full text, the
 * first chapter or article section after it. The kind detector and the thesis parser both read a
 * text through this one function, so the kind the one announces is the kind the other returns.
 */
import { cleanPdfLines } from '../pdf-text/reflow.ts';
import { type AbstractHeading, readAbstractHeading } from './abstract-sections.ts';
import { isOpeningSectionHeading, readChapterHeading } from './chapters.ts';

/** The landmarks of a thesis text, as indexes into its cleaned lines. */
export interface ThesisOutline {
  /** The text's lines with PDF artefacts removed (see `cleanPdfLines`). */
  lines: string[];
  /** Index of the first abstract heading. */
  abstractAt: number;
  abstractHeading: AbstractHeading;
  /**
   * Index of the first chapter heading ("BAB I") or opening article section ("PENDAHULUAN")
   * after the abstract heading; -1 when the text holds the abstracts only.
   */
  bodyAt: number;
}

/** Returns the outline of `text`, or undefined when no line is an abstract heading. */
export function readThesisOutline(text: string): ThesisOutline | undefined {
  const lines = cleanPdfLines(text);
  const abstractAt = lines.findIndex((line) => readAbstractHeading(line) !== undefined);
  if (abstractAt < 0) return undefined;
  const bodyAt = lines.findIndex(
    (line, i) => i > abstractAt && (readChapterHeading(line) !== undefined || isOpeningSectionHeading(line)),
  );
  return { lines, abstractAt, abstractHeading: readAbstractHeading(lines[abstractAt]!)!, bodyAt };
}

/** The kind of thesis document an outline shows: a full text when a body follows the abstracts. */
export function thesisKindOf(outline: ThesisOutline): 'thesis-abstract' | 'thesis-full' {
  return outline.bodyAt >= 0 ? 'thesis-full' : 'thesis-abstract';
}
