/**
 * A CSL style cut down for citeproc-js engines that only ever make the bibliography of one item.
 * citeproc-js works out sort keys and renders the citation form of every item it is given (to
 * find ambiguous citations among several), and nearly half its time per item went there; with one
 * item there is nothing to order and nothing to tell apart, so neither can change the output.
 */
import CSL, { type CslNode } from 'citeproc';

const isNamed = (node: CslNode | string, name: string): node is CslNode => typeof node !== 'string' && node.name === name;

/**
 * The style `styleXml` in the parsed form citeproc-js accepts, with the bibliography's `<sort>`
 * left out and the citation's layout emptied; the bibliography's layout, the macros, locale terms
 * and options stay as they are.
 */
export function singleItemStyle(styleXml: string): CslNode {
  const style = CSL.parseXml(styleXml);
  const children = style.children.map((child) => {
    if (typeof child === 'string') return child;
    if (child.name === 'bibliography') return { ...child, children: child.children.filter((node) => !isNamed(node, 'sort')) };
    if (child.name === 'citation') return { ...child, children: child.children.map((node) => (isNamed(node, 'layout') ? { ...node, children: [] } : node)) };
    return child;
  });
  return { ...style, children };
}
