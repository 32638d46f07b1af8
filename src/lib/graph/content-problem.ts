/**
 * A problem in the curated data that must stop the build (and the ingest): where it is, in which
 * field, and what is wrong, so the message can name the file and the field.
 */

/** One problem, located for the error message. */
export interface ContentProblem {
  /** `<collection>/<id>`, e.g. `concepts/cybercrime` or `studies/x`. */
  entry: string;
  /** The field and position, e.g. `broader[1]` or `altLabels.id[0]`. */
  field: string;
  message: string;
}

/**
 * The error a build or an ingest run stops with: one line per problem, naming the file
 * (`fileOf` maps `<collection>/<id>` to its path; unknown entries are named as they are).
 */
export function contentProblemsError(
  heading: string,
  problems: readonly ContentProblem[],
  fileOf: (entry: string) => string | undefined,
): Error {
  const lines = problems.map((p) => `${fileOf(p.entry) ?? p.entry}: ${p.field} ${p.message}`);
  return new Error(`${heading}:\n${lines.join('\n')}`);
}
