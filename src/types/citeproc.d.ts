/** The few parts of citeproc-js (the `citeproc` package, which ships no types) that Lintas calls. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  /** An XML element as citeproc-js parses a style: its name, attributes and children in order. */
  export interface CslNode {
    name: string;
    attrs: Record<string, string>;
    children: (CslNode | string)[];
  }
  class Engine {
    /** `style` as CSL XML, or as the tree `parseXml` makes of it. */
    constructor(sys: Sys, style: string | CslNode, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: typeof Engine; parseXml(xml: string): CslNode };
  export default CSL;
}
