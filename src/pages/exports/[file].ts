/**
 * The corpus-wide exports: every study, news item and legal instrument as BibTeX, RIS and
 * CSL-JSON (`/exports/lintas.bib`, `.ris`, `.csl.json`), and every entry's data as JSON
 * (`/exports/lintas.json`), made once per build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableEntries } from '../../lib/cite/citable-entries.ts';
import { citationFile } from '../../lib/cite/citation-file.ts';
import { entryCslItem } from '../../lib/cite/entry-csl-item.ts';
import { loadSiteContent } from '../../lib/content.ts';
import { citationUrl, EXPORT_FORMATS, exportUrl, type ExportFormat } from '../../lib/urls.ts';

export const getStaticPaths = (() =>
  EXPORT_FORMATS.map((format) => ({ params: { file: exportUrl(format).split('/').pop() ?? '' }, props: { format } }))) satisfies GetStaticPaths;

interface Props {
  format: ExportFormat;
}

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const base = site ?? url;
  const entries = citableEntries(await loadSiteContent());
  if (props.format === 'json') {
    const records = entries.map(({ collection, entry }) => ({ collection, id: entry.id, url: citationUrl(collection, entry.id, base), data: entry.data }));
    return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  const items = entries.map((citable) => entryCslItem(citable, base));
  const { body, type } = citationFile(items, props.format === 'bib' ? 'bibtex' : props.format === 'ris' ? 'ris' : 'csl-json');
  return new Response(body, { headers: { 'Content-Type': type } });
};
