/** Reading `npm run bench` arguments: section names, each followed by the corpus sizes it is to use. */

/** A section to run and the sizes named after it (none: the section's own defaults). */
export interface SectionRequest {
  name: string;
  sizes: number[];
}

/**
 * Reads `build 1000 5000 search` as build with 1000 and 5000, then search with its defaults. An
 * unknown section, a size before any section or a size that is not a positive whole number is an error.
 */
export function parseSectionArguments(args: readonly string[], known: readonly string[]): { sections: SectionRequest[] } | { error: string } {
  const sections: SectionRequest[] = [];
  for (const arg of args) {
    if (/^\d+$/.test(arg.replaceAll(',', '').replaceAll('_', ''))) {
      const size = Number(arg.replaceAll(',', '').replaceAll('_', ''));
      const current = sections.at(-1);
      if (!current) return { error: `size ${arg} names no section: write it after one` };
      if (size < 1) return { error: `size ${arg}: expected a positive number of entries` };
      current.sizes.push(size);
    } else if (known.includes(arg)) {
      sections.push({ name: arg, sizes: [] });
    } else {
      return { error: `unknown section or size: ${arg}` };
    }
  }
  return { sections };
}
