import { describe, expect, it } from 'vitest';
import { readOwnCitation } from '../../../../src/lib/ingest/thesis/own-citation.ts';

describe('readOwnCitation', () => {
  it('reads an APA reference under a "How to Cite" label, after the abstract', () => {
    const lines = [
      'Abstract',
      'This study examines maritime patrols in the Malacca Strait.',
      'How to Cite',
      'Pratama, Sari, D. A., & Wijaya. (2023). Patrols at Sea: Cooperation Against Piracy. Jurnal Keamanan Laut, 4(2), 101-118. https://doi.org/10.1234/jkl.v4i2.77',
    ];
    expect(readOwnCitation(lines, 0)).toEqual({
      authors: ['Pratama', 'Sari, D. A.', 'Wijaya'],
      year: 2023,
      title: 'Patrols at Sea: Cooperation Against Piracy',
      issue: { journal: 'Jurnal Keamanan Laut', volume: '4', issue: '2', year: 2023, pages: '101-118' },
      doi: '10.1234/jkl.v4i2.77',
    });
  });

  it.each(['Please cite this article as:', 'Cite as:', 'Citation:', 'Sitasi:'])('reads the reference under "%s", after the abstract', (label) => {
    const lines = [
      'Abstract',
      'This study examines maritime patrols in the Malacca Strait.',
      `${label} Pratama, & Wijaya. (2023). Patrols at Sea. Jurnal Keamanan Laut, 4(2), 101-118.`,
    ];
    expect(readOwnCitation(lines, 0)?.issue).toEqual({ journal: 'Jurnal Keamanan Laut', volume: '4', issue: '2', year: 2023, pages: '101-118' });
  });

  it('takes no sentence opening with "Citation" for a label', () => {
    const lines = ['Abstract', 'This study examines patrols.', 'Citation Pratama, & Wijaya. (2023). Patrols at Sea. Jurnal Keamanan Laut, 4(2), 101-118.'];
    expect(readOwnCitation(lines, 0)).toBeUndefined();
  });

  it("reads a cover sheet's reference run over several lines before the abstract, without its authors", () => {
    const lines = [
      'Journal of Island Studies',
      'Hartono, Budi, and Ana Lestari (2015), “Lost at Sea”? Fishing Crews and Their',
      'Recruiters in Eastern Indonesia, in: Journal of Island Studies, 12, 3, 45-70.',
      'Abstract: Since 2010 ...',
    ];
    const found = readOwnCitation(lines, 3);
    expect(found?.title).toBe('“Lost at Sea”? Fishing Crews and Their Recruiters in Eastern Indonesia');
    expect(found?.issue).toEqual({ journal: 'Journal of Island Studies', volume: '12', issue: '3', year: 2015, pages: '45-70' });
    expect(found?.authors).toEqual([]);
  });

  it("reads an APA reference whose journal's name holds a comma, up to the comma before the volume", () => {
    const lines = ['How to Cite', 'Ani Lestari, & Budi Santoso. (2025). Patroli Laut. JURPIS : Jurnal Pendidikan, Sosial Dan Humaniora, 5(1), 970–982. https://doi.org/10.1234/jurpis.v5i1.1', 'Abstract'];
    expect(readOwnCitation(lines, 2)?.issue).toEqual({ journal: 'JURPIS : Jurnal Pendidikan, Sosial Dan Humaniora', volume: '5', issue: '1', year: 2025, pages: '970–982' });
  });

  it('reads no unlabelled reference after the abstract: a reference list cites other works', () => {
    const lines = ['Abstract', 'Text of the abstract.', 'Pratama, D. (2020). Another Study. Jurnal Lain, 2(1), 1-10.'];
    expect(readOwnCitation(lines, 0)).toBeUndefined();
  });

  it('gives no authors when a part of the APA list is not a surname or initials', () => {
    const lines = ['How to cite: Pratama, D., & the Editorial Board of the journal. (2020). A Study. Jurnal Lain, 2(1), 1-10.'];
    const found = readOwnCitation(lines, -1);
    expect(found?.authors).toEqual([]);
    expect(found?.title).toBe('A Study');
  });

  it('reads the Taylor & Francis form run over lines, names given first, volume:issue and DOI', () => {
    const lines = [
      'To cite this article: Rina Kartika Sari, Budi Santoso & Dewi Lestari (2019) Cooperation',
      'against online scams in Southeast Asia, Asian Security Review, 12:3, 245-267, DOI:',
      '10.1080/12345678.2019.1234567',
      'ABSTRACT',
    ];
    expect(readOwnCitation(lines, 3)).toEqual({
      authors: ['Rina Kartika Sari', 'Budi Santoso', 'Dewi Lestari'],
      year: 2019,
      title: 'Cooperation against online scams in Southeast Asia',
      issue: { journal: 'Asian Security Review', volume: '12', issue: '3', year: 2019, pages: '245-267' },
      doi: '10.1080/12345678.2019.1234567',
    });
  });

  it.each([
    ['Jurnal Hubungan Internasional, 5(2), pp. 12-30.'],
    ['Jurnal Hubungan Internasional, 5(2), hlm. 12-30.'],
    ['Jurnal Hubungan Internasional, Vol. 5 No. 2, 12-30.'],
    ['Jurnal Hubungan Internasional, 5(2): 12-30.'],
    ['Jurnal Hubungan Internasional, 5(2), Halaman 12-30.'],
  ])('reads an APA reference whose issue and pages are printed as "%s"', (tail) => {
    const lines = [`Cara mengutip: Sari, R. K., dan Santoso, B. (2021) Kerja sama penanggulangan penipuan daring. ${tail}`];
    const found = readOwnCitation(lines, -1);
    expect(found?.issue).toEqual({ journal: 'Jurnal Hubungan Internasional', volume: '5', issue: '2', year: 2021, pages: '12-30' });
    expect(found?.authors).toEqual(['Sari, R. K.', 'Santoso, B.']);
  });

  it('gives no authors in the Taylor & Francis form when a part is not a name', () => {
    const lines = ['Cite this article: The editors of the review & Budi Santoso (2019) A Study, Asian Security Review, 12:3, 245-267'];
    expect(readOwnCitation(lines, -1)?.authors).toEqual([]);
  });
});
