/**
 * The names a concept or an entity is known by, each with the field it is written in, so a
 * matcher can index them and a check can say where a clash is.
 */
import type { Lang } from '../langs.ts';

/** One name and where it is written, e.g. `altLabels.en[2]`. */
export interface LabelField {
  field: string;
  label: string;
}

type PerLanguage<T> = Partial<Record<Lang, T>>;

/** The names of a single value per language (`prefLabel.id`, `prefLabel.en`). */
export function singleLabelFields(name: string, labels: PerLanguage<string> | undefined): LabelField[] {
  return (['id', 'en'] as const).flatMap((lang) => {
    const label = labels?.[lang];
    return label === undefined ? [] : [{ field: `${name}.${lang}`, label }];
  });
}

/** The names of a list per language (`altLabels.id[0]`, ...). */
export function listLabelFields(name: string, labels: PerLanguage<readonly string[]> | undefined): LabelField[] {
  return (['id', 'en'] as const).flatMap((lang) =>
    (labels?.[lang] ?? []).map((label, index) => ({ field: `${name}.${lang}[${index}]`, label })),
  );
}

/** The labels of a SKOS concept as the thesaurus data writes them. */
export interface ConceptLabels {
  prefLabel: { id: string; en: string };
  altLabels: PerLanguage<readonly string[]>;
  hiddenLabels?: PerLanguage<readonly string[]> | undefined;
}

/** Every label of a concept: preferred, alternative and hidden, in both languages. */
export function conceptLabelFields(concept: ConceptLabels): LabelField[] {
  return [
    ...singleLabelFields('prefLabel', concept.prefLabel),
    ...listLabelFields('altLabels', concept.altLabels),
    ...listLabelFields('hiddenLabels', concept.hiddenLabels),
  ];
}
