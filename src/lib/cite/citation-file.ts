/** A list of CSL items written in one of the citation file formats, with its media type. */
import { toBibtex } from './bibtex.ts';
import type { CslItem } from './csl-item.ts';
import { toRis } from './ris.ts';

/** The formats citations are written in as files. */
export type CitationFileKind = 'bibtex' | 'ris' | 'csl-json';

/** `items` as a file of `kind`: its text and the Content-Type it is served with. */
export function citationFile(items: readonly CslItem[], kind: CitationFileKind): { body: string; type: string } {
  switch (kind) {
    case 'bibtex':
      return { body: toBibtex(items), type: 'application/x-bibtex; charset=utf-8' };
    case 'ris':
      return { body: toRis(items), type: 'application/x-research-info-systems; charset=utf-8' };
    case 'csl-json':
      return { body: `${JSON.stringify(items, null, 2)}\n`, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' };
  }
}
