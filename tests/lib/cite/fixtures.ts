/**
 * Study data as the bundled seeds hold it, copied into the tests so they hold for any corpus: the
 * Hasanuddin skripsi printed in capitals (content/studies/efektifitas-interpol-...), with the thesis
 * type the seed leaves for review filled in, and a journal article with a DOI.
 */
import type { CitedStudy } from '../../../src/lib/cite/csl-item.ts';

const source = { file: 'sources/x.txt', sha256: '0'.repeat(64), parser: 'thesis-full', digest: '0'.repeat(64) } as const;

export const CAPITALS_SKRIPSI: CitedStudy = {
  title: { id: 'EFEKTIFITAS INTERPOL DALAM PENANGGULANGAN JARINGAN NARKOTIKA DI INDONESIA' },
  authors: ['VINSENSIUS RICHARD LIU'],
  year: 2013,
  languages: ['id'],
  studyType: 'SKRIPSI',
  institution: 'UNIVERSITAS HASANUDDIN',
  abstract: { id: 'Penelitian ini bertujuan untuk mengetahui efektifitas peran Interpol.' },
  keywords: { id: ['INTERPOL', 'NARKOTIKA'], en: [] },
  source,
};

export const ARTICLE: CitedStudy = {
  title: { en: 'AUSTRALIA-INDONESIA COUNTER-TERRORISM COOPERATION' },
  authors: ['Adhi Cahya Fahadayna'],
  year: 2020,
  languages: ['en'],
  publication: { journal: 'Journal of Terrorism Studies', volume: '5', issue: '2', pages: '10-25', doi: '10.21776/jtg.v5i2.102' },
  abstract: { en: 'Bali bombing 2002 is a tragic phenomenon for both countries.' },
  keywords: { id: [], en: [] },
  source: { ...source, parser: 'article' },
};

export const URL_OF = (id: string) => `https://lintas.example/studies/${id}/`;
