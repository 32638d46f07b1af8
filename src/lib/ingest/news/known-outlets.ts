/**
 * Outlets that sign their datelines with an abbreviation rather than a name: "JAKARTA (JP) —".
 * Data, not rules: a dateline form found here is given the outlet's name; any other form is
 * kept as the page writes it ("VIVA", "KOMPAS.com").
 */
const OUTLET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  JP: 'The Jakarta Post',
  JG: 'Jakarta Globe',
  TJP: 'The Jakarta Post',
};

/** Returns the outlet's name for a dateline form, or the form itself when it is not an abbreviation. */
export function outletNameOf(form: string): string {
  return OUTLET_ABBREVIATIONS[form] ?? form;
}
