/**
 * The town a cover prints after its university ("UNIVERSITAS BRAWIJAYA MALANG", "Universitas
 * Nasional Jakarta") is where the university stands, not part of its name. It is part of the
 * name only where the name would not tell the university apart without it: a state Islamic
 * university ("Universitas Islam Negeri ... Jakarta"), or a name of generic words alone
 * ("Universitas Negeri Malang", "Universitas Muhammadiyah Surakarta").
 */
import { isKnownPlace } from '../news/known-places.ts';

/** The word opening a university's own name, in Indonesian or Malay. */
const UNIVERSITY_WORD = /^(?:universitas|universiti)$/i;

/** Words that name a kind of university, shared by many: a name of these alone needs its town. */
const GENERIC_NAME = /^(?:(?:negeri|islam|muhammadiyah|muhammadiah|kristen|katolik|pembangunan\s+nasional|veteran|terbuka|teknologi|pendidikan|nahdlatul\s+ulama)(?:\s+|$))+$/i;

/** Names of state Islamic universities, which carry their town in the name. */
const STATE_ISLAMIC = /\bislam\s+negeri\b/i;

/** `name` without the town closing it, when the town is no part of the university's name. */
export function withoutUniversityTown(name: string): string {
  const words = name.trim().split(/\s+/);
  const town = words.at(-1);
  const between = words.slice(1, -1).join(' ');
  if (!UNIVERSITY_WORD.test(words[0] ?? '') || town === undefined || between === '') return name;
  if (GENERIC_NAME.test(between) || STATE_ISLAMIC.test(name) || !isKnownPlace(town)) return name;
  return words.slice(0, -1).join(' ');
}
