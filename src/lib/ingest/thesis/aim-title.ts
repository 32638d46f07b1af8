/**
 * A candidate title read from the sentence stating the study's aim, for abstracts printed
 * without their title. It is only a candidate: the parser flags it for review.
 */
import type { Lang } from '../../langs.ts';
import { opensOnJoiningWord } from './front-line-kinds.ts';

const AIM: Record<Lang, RegExp> = {
  id: /\b(?:penelitian|skripsi|studi|tulisan|kajian|tesis)\s+ini\s+(?:bertujuan|ditujukan|memiliki\s+tujuan(?:\s+akhir)?(?:\s+yakni)?)\s+untuk\s+(?:mengetahui|menganalisis|menganalisa|melihat|menjelaskan|memahami|mendeskripsikan|mengkaji|meneliti|menggambarkan)\s+(?:bagaimana\s+)?(.+?)\.(?=\s|$)/i,
  en: /\b(?:this|the)\s+(?:research|study|thesis|paper)\s+(?:aims|is\s+aimed|seeks|intends)\s+to\s+(?:find\s+out|determine|analy[sz]e|examine|explain|describe|understand|investigate|explore|see)\s+(?:how\s+)?(.+?)\.(?=\s|$)/i,
};

/**
 * A second aim joined on in the same sentence: "X, serta untuk menganalisis Y", "X dan untuk
 * menjelaskan Y", "X and to explain Y".
 */
const SECOND_AIM = /\b(?:(?:serta|dan)\s+untuk|and\s+to)\s+\p{L}+/iu;

/**
 * Returns the object of the aim sentence in `abstract` ("Penelitian ini bertujuan untuk
 * mengetahui bagaimana X." gives "X"), first letter capitalised, emphasis markers removed.
 * Undefined when what follows the verb opens on a joining word ("aims to analyse and determine
 * X", "menganalisis dan menjelaskan X"): the verb is one of a list, and the words after it are
 * the rest of that list, not the study's subject. Undefined too when the sentence goes on to a
 * second aim ({@link SECOND_AIM}): the study has two subjects, and neither is its title.
 */
export function deriveTitleFromAim(abstract: string, lang: Lang): string | undefined {
  const aim = AIM[lang].exec(abstract)?.[1]?.replace(/[*_]/g, '').trim();
  if (!aim || opensOnJoiningWord(aim) || SECOND_AIM.test(aim)) return undefined;
  return aim.charAt(0).toUpperCase() + aim.slice(1);
}
