/** A small set of link targets for the linker's tests, shaped like the real concepts and instruments. */
import type { LinkTarget } from '../../../src/lib/links/link-target.ts';

function target(kind: LinkTarget['kind'], id: string, labels: { id: string[]; en: string[] }, extra: Partial<LinkTarget> = {}): LinkTarget {
  const collection = kind === 'concept' ? 'concepts' : kind === 'legal' ? 'legal' : `${kind}s`;
  return { kind, id, labels, href: { id: `/${collection}/${id}/`, en: `/en/${collection}/${id}/` }, ...extra };
}

export const FIXTURE_TARGETS: LinkTarget[] = [
  target('concept', 'bilateral-cooperation', { id: ['kerja sama bilateral', 'kerjasama bilateral'], en: ['bilateral cooperation'] }),
  target('concept', 'security', { id: ['keamanan'], en: ['security'] }),
  target('concept', 'cyber-security', { id: ['keamanan siber'], en: ['cyber security'] }),
  target('concept', 'cooperation', { id: ['kerja sama'], en: ['cooperation'] }),
  target('concept', 'human-trafficking', { id: ['perdagangan manusia', 'TPPO'], en: ['human trafficking'] }),
  target('concept', 'international-organization', { id: ['organisasi internasional'], en: ['intergovernmental organization', 'IGO'] }),
  target('legal', 'perpres-53-2017', { id: ['Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara', 'Perpres BSSN 2017'], en: [] }, { citationKey: 'perpres|53|2017|' }),
  target('legal', 'uu-5-2009', { id: ['Undang-Undang Nomor 5 Tahun 2009'], en: ['Law No. 5 of 2009'] }, { citationKey: 'uu|5|2009|' }),
  target('legal', 'untoc', { id: ['Konvensi Palermo'], en: ['UNTOC', 'Palermo Convention'] }),
  target('legal', 'bali-process', { id: ['Proses Bali'], en: ['Bali Process'] }),
  target('organisation', 'bssn', { id: ['BSSN', 'Badan Siber dan Sandi Negara'], en: ['National Cyber and Crypto Agency'] }),
  // "NCB" names the bureau of every member country: listed for both, it must link neither.
  target('organisation', 'ncb-indonesia', { id: ['NCB-Interpol Indonesia', 'NCB'], en: [] }),
  target('organisation', 'ncb-china', { id: ['NCB-Interpol Tiongkok', 'NCB'], en: [] }),
  target('person', 'nasir', { id: ['Nasir'], en: [] }, { ambiguous: true }),
];

/**
 * The fixture targets with two instruments whose texts Lintas holds: their pages have the article
 * anchors listed (`anchors`), so a citation of one of those articles links to it.
 */
export const TARGETS_WITH_ARTICLES: LinkTarget[] = [
  ...FIXTURE_TARGETS.map((known) => (known.id === 'perpres-53-2017' ? { ...known, anchors: ['pasal-1', 'pasal-4', 'pasal-4-ayat-1', 'pasal-4-ayat-2'] } : known)),
  target('legal', 'uu-11-2008', { id: ['UU ITE', 'Undang-Undang Informasi dan Transaksi Elektronik'], en: ['EIT Law'] }, { citationKey: 'uu|11|2008|', anchors: ['pasal-27', 'pasal-27-ayat-3', 'pasal-28'] }),
];
