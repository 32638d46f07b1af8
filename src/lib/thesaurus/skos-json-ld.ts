/**
 * The thesaurus as SKOS in JSON-LD (`/thesaurus.jsonld`): one `skos:ConceptScheme` and a
 * `skos:Concept` per concept, labels and definitions as language maps, and the links both ways
 * (`narrower` and the mirrored `related` come from `deriveConceptLinks`, as on the concept pages).
 */
import { deriveConceptLinks } from '../graph/inverse-links.ts';
import type { ThesaurusConcept } from './check-thesaurus.ts';

/** Labels and definition of one concept, as the data gives them. */
export interface SkosConceptInput extends ThesaurusConcept {
  definition: { id: string; en: string };
}

const SKOS = 'http://www.w3.org/2004/02/skos/core#';

/** Short names for the SKOS terms; labels are language maps, links are IRIs. */
const CONTEXT = {
  skos: SKOS,
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  altLabel: { '@id': 'skos:altLabel', '@container': '@language' },
  hiddenLabel: { '@id': 'skos:hiddenLabel', '@container': '@language' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  related: { '@id': 'skos:related', '@type': '@id' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
} as const;

/** Where the scheme and each concept live: their pages, which are also their identifiers. */
export interface SkosAddresses {
  scheme: string;
  concept: (id: string) => string;
}

type LanguageLists = Partial<Record<'id' | 'en', readonly string[]>>;

/** A language map without the languages that have no label (JSON-LD drops empty arrays anyway). */
function nonEmpty(lists: LanguageLists | undefined): LanguageLists | undefined {
  const entries = Object.entries(lists ?? {}).filter(([, list]) => list.length > 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The JSON-LD document of the whole thesaurus, concepts in the order given. */
export function buildSkosJsonLd(concepts: readonly SkosConceptInput[], at: SkosAddresses): Record<string, unknown> {
  const links = deriveConceptLinks(concepts);
  const iris = (ids: readonly string[]) => ids.map(at.concept);
  const top = concepts.filter((concept) => (links.get(concept.id)?.broader.length ?? 0) === 0).map((c) => c.id);
  const scheme = {
    '@id': at.scheme,
    '@type': 'skos:ConceptScheme',
    prefLabel: { id: 'Tesaurus Lintas', en: 'Lintas thesaurus' },
    hasTopConcept: iris(top),
  };
  const nodes = concepts.map((concept) => {
    const linked = links.get(concept.id) ?? { broader: [], narrower: [], related: [] };
    return {
      '@id': at.concept(concept.id),
      '@type': 'skos:Concept',
      inScheme: at.scheme,
      ...(linked.broader.length === 0 ? { topConceptOf: at.scheme } : {}),
      prefLabel: concept.prefLabel,
      altLabel: nonEmpty(concept.altLabels),
      hiddenLabel: nonEmpty(concept.hiddenLabels),
      definition: concept.definition,
      broader: iris(linked.broader),
      narrower: iris(linked.narrower),
      related: iris(linked.related),
    };
  });
  return { '@context': CONTEXT, '@graph': [scheme, ...nodes] };
}
