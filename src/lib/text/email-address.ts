/**
 * An e-mail address as pages print one ("nama@univ.ac.id"), as a pattern source: the ingest finds
 * addresses alone on a line, in brackets after a name, closing an affiliation or among a journal's
 * details, each pattern built around this one.
 */
export const EMAIL_ADDRESS = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
