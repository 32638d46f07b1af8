/**
 * The SKOS export read back as RDF by a JSON-LD processor (`jsonld`), so what is checked is what a
 * consumer of `/thesaurus.jsonld` gets, not the shape of our JSON.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { buildSkosJsonLd, type SkosConceptInput } from '../../../src/lib/thesaurus/skos-json-ld.ts';

const concepts: SkosConceptInput[] = [
  {
    id: 'crime',
    prefLabel: { id: 'kejahatan', en: 'crime' },
    altLabels: {},
    definition: { id: 'Perbuatan pidana.', en: 'A punishable act.' },
    broader: [],
    related: [],
  },
  {
    id: 'scam',
    prefLabel: { id: 'penipuan', en: 'scam' },
    altLabels: { id: ['penipuan daring'], en: [] },
    hiddenLabels: { id: ['penipuaan'] },
    definition: { id: 'Tipu daya.', en: 'Deceit.' },
    broader: ['crime'],
    related: ['crime'],
  },
];

const base = 'https://lintas.example/concepts/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';

async function triples(): Promise<string[]> {
  const document = buildSkosJsonLd(concepts, { scheme: base, concept: (id) => `${base}${id}/` });
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  return nquads.trim().split('\n');
}

describe('buildSkosJsonLd', () => {
  it('gives each concept its type, scheme and language-tagged labels', async () => {
    const lines = await triples();
    expect(lines).toContain(`<${base}scam/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${SKOS}Concept> .`);
    expect(lines).toContain(`<${base}scam/> <${SKOS}inScheme> <${base}> .`);
    expect(lines).toContain(`<${base}scam/> <${SKOS}prefLabel> "penipuan"@id .`);
    expect(lines).toContain(`<${base}scam/> <${SKOS}altLabel> "penipuan daring"@id .`);
    expect(lines).toContain(`<${base}scam/> <${SKOS}hiddenLabel> "penipuaan"@id .`);
    expect(lines).toContain(`<${base}crime/> <${SKOS}definition> "A punishable act."@en .`);
  });

  it('states broader, the derived narrower, and related both ways', async () => {
    const lines = await triples();
    expect(lines).toContain(`<${base}scam/> <${SKOS}broader> <${base}crime/> .`);
    expect(lines).toContain(`<${base}crime/> <${SKOS}narrower> <${base}scam/> .`);
    expect(lines).toContain(`<${base}crime/> <${SKOS}related> <${base}scam/> .`);
  });

  it('makes the concepts without broader the top concepts of the scheme', async () => {
    const lines = await triples();
    expect(lines).toContain(`<${base}> <${SKOS}hasTopConcept> <${base}crime/> .`);
    expect(lines).not.toContain(`<${base}> <${SKOS}hasTopConcept> <${base}scam/> .`);
  });
});
