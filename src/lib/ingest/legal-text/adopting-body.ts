/**
 * The body or meeting that adopted an international instrument, as its text names it: a summit
 * or conference the speakers met at ("gathered in Manila, Philippines for the 31st ASEAN Summit"),
 * the meeting a statement is titled by, or the organ of an adoption line ("Disetujui ... oleh
 * Resolusi Majelis Umum ...", "adopted by the General Assembly"). Bodies the text only recalls
 * (an earlier declaration "signed by the ASEAN Ministers ...") are not read: only the phrases
 * of the text's own making are.
 */
import { flatten } from './flat-text.ts';

/** "for the 31st ASEAN Summit", "at the Sixth Ministerial Conference of the Bali Process". */
const MEETING_ATTENDED =
  /\b(?:gathered|meeting|met|assembled)\b[^.;]{0,80}?\b(?:for|at|during)\s+the\s+(?<body>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:st|nd|rd|th))\s+(?:[A-Z][\p{L}-]*\s+){0,6}?(?:Summit|Conference|Meeting|Forum))/u;
/** "oleh Resolusi Majelis Umum 2106 A (XX)", "by General Assembly resolution 55/25". */
const ADOPTED_BY =
  /\b(?:Disetujui|Diterima|[Aa]dopted)\b[^.;]{0,120}?\b(?:oleh|by)\s+(?:Resolusi\s+|the\s+)?(?<body>Majelis\s+Umum(?:\s+PBB|\s+Perserikatan\s+Bangsa-Bangsa)?|General\s+Assembly|Committee\s+of\s+Ministers)/u;

/** Reads the adopting body or meeting from the opening of `text`; `meeting` is a statement's own meeting. */
export function readAdoptingBody(text: string, meeting?: string): string | undefined {
  if (meeting) return meeting;
  const head = flatten(text.slice(0, 6000));
  return MEETING_ATTENDED.exec(head)?.groups?.body ?? ADOPTED_BY.exec(head)?.groups?.body;
}
