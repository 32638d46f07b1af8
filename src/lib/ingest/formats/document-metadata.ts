/**
 * What a document states about itself, apart from its text: the `<meta>` tags and JSON-LD of a
 * saved web page, the document properties of a PDF. Each value keeps the name of the tag it was
 * read from, so an entry can say where a field came from. A tag that is empty is absent.
 */

/** One stated value and where it was read (`citation_title`, `og:site_name`, `PDF Info Title`). */
export interface Stated<T> {
  value: T;
  from: string;
}

/** The kind of document a page declares itself to be. */
export type DeclaredKind = 'news' | 'scholarly';

/** Everything a document may state; every field is optional. */
export interface DocumentMetadata {
  kind?: Stated<DeclaredKind>;
  title?: Stated<string>;
  /** In the order stated, each as "Given Family". */
  authors?: Stated<string[]>;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as stated. */
  date?: Stated<string>;
  institution?: Stated<string>;
  publisher?: Stated<string>;
  journal?: Stated<string>;
  volume?: Stated<string>;
  issue?: Stated<string>;
  pages?: Stated<string>;
  doi?: Stated<string>;
  keywords?: Stated<string[]>;
  abstract?: Stated<string>;
  /** The site or outlet that published the page. */
  siteName?: Stated<string>;
  /** The page's own address (canonical link first). */
  url?: Stated<string>;
  /** A BCP 47 tag as stated (`id`, `en-US`). */
  language?: Stated<string>;
}

export type MetadataField = keyof DocumentMetadata;

/** The input formats the ingest reads. */
export type DocumentFormat = 'text' | 'pdf' | 'html';
