/**
 * An entry's citation as a file, one address for both languages: `/studies/<id>/cite.bib`,
 * `cite.ris` and `cite.json` (CSL-JSON), for every study, news item and legal instrument.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableEntries } from '../../../lib/cite/citable-entries.ts';
import { citationFile, type CitationFileKind } from '../../../lib/cite/citation-file.ts';
import { entryCslItem, type CitableEntry } from '../../../lib/cite/entry-csl-item.ts';
import { loadSiteContent } from '../../../lib/content.ts';
import { pageCacheKey } from '../../../lib/cache-key.ts';
import { CITE_FILE_FORMATS, type CiteFileFormat } from '../../../lib/urls.ts';

const KINDS: Readonly<Record<CiteFileFormat, CitationFileKind>> = { bib: 'bibtex', ris: 'ris', json: 'csl-json' };

export const getStaticPaths = (async () => {
  const content = await loadSiteContent();
  return citableEntries(content).flatMap((citable) => {
    // A citation is made from its entry alone.
    const cacheKey = pageCacheKey(content, citable.entry);
    return CITE_FILE_FORMATS.map((format) => ({ params: { collection: citable.collection, id: citable.entry.id, format }, props: { citable, format }, cacheKey }));
  });
}) satisfies GetStaticPaths;

interface Props {
  citable: CitableEntry;
  format: CiteFileFormat;
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const { body, type } = citationFile([entryCslItem(props.citable, site ?? url)], KINDS[props.format]);
  return new Response(body, { headers: { 'Content-Type': type } });
};
