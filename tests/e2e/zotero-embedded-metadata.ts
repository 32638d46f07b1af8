/**
 * What Zotero's "Embedded Metadata" translator would save from a page, re-stated in a few rules
 * of our own after reading the translator (zotero/translators, "Embedded Metadata.js" and the RDF
 * translator it hands Dublin Core to):
 * - any `citation_dissertation_institution` makes a thesis, and outranks every other signal;
 *   `citation_journal_title` makes a journal article; a bare `citation_title` only guesses one;
 * - without such a Highwire type, `DC.type` decides: "NewsItem" is a newspaper article,
 *   "statute" a statute, "Thesis" a thesis;
 * - fields: title from `citation_title` (else `DC.title`), creators from `citation_author` (else
 *   `DC.creator`), date from `citation_publication_date` (else `DC.date`), university from
 *   `citation_dissertation_institution`, thesis type from `DC.type`, abstract from
 *   `citation_abstract`, publication title from `prism.publicationName`.
 * Only what Lintas pages carry is modelled; COinS and JSON-LD are not read by the translator.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The Zotero item a page would give. */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: string[];
  date?: string;
  university?: string;
  thesisType?: string;
  abstractNote?: string;
  publicationTitle?: string;
}

/** Every `<meta name|property content>` of a page, by name, in document order. */
export function metaTags(tree: Root): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'meta') return;
    const name = String(node.properties.name ?? node.properties.property ?? '');
    const content = node.properties.content;
    if (!name || typeof content !== 'string' || content === '') return;
    tags.set(name, [...(tags.get(name) ?? []), content]);
  });
  return tags;
}

const DC_TYPES: Readonly<Record<string, string>> = { newsitem: 'newspaperArticle', statute: 'statute', thesis: 'thesis', journalarticle: 'journalArticle' };

function highwireType(tags: Map<string, string[]>): string | undefined {
  if (tags.has('citation_dissertation_institution')) return 'thesis';
  if (tags.has('citation_journal_title')) return 'journalArticle';
  return undefined;
}

/** The item the translator's rules give for a page's meta tags. */
export function zoteroItem(tags: Map<string, string[]>): ZoteroItem {
  const first = (...names: string[]) => names.map((name) => tags.get(name)?.[0]).find((value) => value !== undefined);
  const dcType = first('DC.type');
  const itemType =
    highwireType(tags) ?? (dcType ? DC_TYPES[dcType.toLowerCase().replace(/\s/g, '')] : undefined) ?? (tags.has('citation_title') ? 'journalArticle' : 'webpage');
  return {
    itemType,
    title: first('citation_title', 'DC.title'),
    creators: tags.get('citation_author') ?? tags.get('DC.creator') ?? [],
    date: first('citation_publication_date', 'DC.date'),
    university: first('citation_dissertation_institution'),
    thesisType: itemType === 'thesis' ? dcType : undefined,
    abstractNote: first('citation_abstract'),
    publicationTitle: first('prism.publicationName'),
  };
}
