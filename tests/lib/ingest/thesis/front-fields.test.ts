import { describe, expect, it } from 'vitest';
import { BLOCK_SCORE, chooseAuthors, chooseWithBlock, collectFrontCandidates, reviewChoice } from '../../../../src/lib/ingest/thesis/front-fields.ts';

describe('chooseWithBlock', () => {
  it('lets strong front evidence win over the block, and weak evidence lose to it', () => {
    const strong = [{ value: 'KERJASAMA BNP2TKI DENGAN IOM', score: 0.75, reason: 'capitals block over the authors' }];
    expect(chooseWithBlock(strong, 'Anda di halaman')?.value).toBe('KERJASAMA BNP2TKI DENGAN IOM');
    const weak = [{ value: 'A new decade for social changes', score: 0.25, reason: "the sharing site's title" }];
    expect(chooseWithBlock(weak, 'Indonesian Cyber Diplomacy')).toEqual({ value: 'Indonesian Cyber Diplomacy', score: BLOCK_SCORE, reason: 'the block over the abstract' });
  });

  it('lets the shorter of two readings of one title support the longer', () => {
    const wrappedLabel = [{ value: 'Kerja Sama Indonesia dan Thailand', score: 0.85, reason: 'after a title label' }];
    expect(chooseWithBlock(wrappedLabel, 'Kerja Sama Indonesia dan Thailand dalam Penanganan Perdagangan Orang')?.value).toBe(
      'Kerja Sama Indonesia dan Thailand dalam Penanganan Perdagangan Orang',
    );
    const whole = [{ value: 'ANALISIS HUKUM YURISDIKSI TINDAK KEJAHATAN SIBER', score: 0.45, reason: 'capitals block alone' }];
    expect(chooseWithBlock(whole, 'ANALISIS HUKUM YURISDIKSI TINDAK')?.value).toBe('ANALISIS HUKUM YURISDIKSI TINDAK KEJAHATAN SIBER');
  });
});

describe('collectFrontCandidates and reviewChoice', () => {
  it('collects title and author candidates of a cover and flags only a doubtful choice', () => {
    const found = collectFrontCandidates('STRATEGI PEMERINTAHAN KOTA PADANG\n\nPROPOSAL SKRIPSI\n\nOleh\n\nFITRI RAMDHANI\n\n1810851005\n', []);
    expect(found.title.map((c) => c.value)).toContain('STRATEGI PEMERINTAHAN KOTA PADANG');
    expect(found.authors.map((c) => c.value)).toContainEqual(['FITRI RAMDHANI']);
    expect(reviewChoice('title.id', { value: 'X', score: 0.9, reason: 'r' })).toEqual([]);
    expect(reviewChoice('title.id', { value: 'X', score: 0.3, reason: 'r', doubt: 'weak evidence (r)' })[0]?.field).toBe('title.id');
  });
});

describe('chooseAuthors', () => {
  it("lets the front's names outweigh the block's, and the block's chrome count for nothing", () => {
    const byLabel = [{ value: ['Vanesia D. Hutabarat'], score: 0.8, reason: "name after 'oleh/by'" }];
    expect(chooseAuthors(byLabel, ['N/A'])?.value).toEqual(['Vanesia D. Hutabarat']);
    expect(chooseAuthors([], ['DOI:', 'Ph.D.'])).toBeUndefined();
    const marked = [{ value: ['Rahmiati', 'Rahmad Sujud Hidayat'], score: 0.6, reason: 'marked names under a heading' }];
    expect(chooseAuthors(marked, ['Perjanjian Internasional'])?.value).toEqual(['Rahmiati', 'Rahmad Sujud Hidayat']);
  });

  it("lets the block's names support a front list naming all of them", () => {
    const line = [{ value: ['Darmadi', 'Agus Joko Pitoyo'], score: 0.45, reason: 'names under a heading' }];
    const chosen = chooseAuthors(line, ['Agus Joko Pitoyo']);
    expect(chosen?.value).toEqual(['Darmadi', 'Agus Joko Pitoyo']);
    expect(chosen!.score).toBeGreaterThan(BLOCK_SCORE);
  });

  it("lets a front list part the names the block ran together, but not a list of other words", () => {
    const listed = [{ value: ['Ani Lestari', 'Budi Santoso Wijaya'], score: 0.45, reason: 'names under a heading' }];
    expect(chooseAuthors(listed, ['Ani Lestari Budi Santoso Wijaya'])?.value).toEqual(['Ani Lestari', 'Budi Santoso Wijaya']);
    const other = [{ value: ['Ani Lestari', 'Budi Santoso'], score: 0.45, reason: 'names under a heading' }];
    expect(chooseAuthors(other, ['Ani Lestari Budi Santoso Wijaya'])?.value).toEqual(['Ani Lestari Budi Santoso Wijaya']);
  });
});

describe("collectFrontCandidates: a repository's citation", () => {
  it('proposes the title and authors an EPrints record cites, each chosen on that evidence', () => {
    const found = collectFrontCandidates('Fauzi, Ahmad (2020) Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia. Skripsi thesis, Universitas Airlangga.\n\nAbstract\n\nPenelitian ini membahas kerja sama.', []);
    expect(chooseWithBlock(found.title, undefined)).toMatchObject({ value: 'Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia', reason: "the repository's citation" });
    expect(chooseAuthors(found.authors, [])).toMatchObject({ value: ['Fauzi, Ahmad'], reason: "the repository's citation" });
  });
});

describe('chooseWithBlock: a block title run on into the next word', () => {
  it('lets a title end a block title only at a word, not inside the word the next field ran into', () => {
    const front = [{ value: 'HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU', score: 0.75, reason: 'capitals block over the authors' }];
    expect(chooseWithBlock(front, 'HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHUTEORI : KERJASAMA INTERNASIONAL')?.value).toBe('HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU');
    // Cut at a line end, the block's title still supports the whole one.
    expect(chooseWithBlock(front, 'HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU DI LAUT TIMOR')?.value).toBe('HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU DI LAUT TIMOR');
  });
});

describe("collectFrontCandidates: a repository's citation", () => {
  it('proposes the student number printed after the name', () => {
    const found = collectFrontCandidates('ANI LESTARI , 8111416215 (2020) KERJA SAMA SIBER. Under Graduates thesis, Universitas Negeri Contoh.\n', []);
    expect(found.studentNumber).toContainEqual({ value: '8111416215', score: 0.6, reason: "the repository's citation" });
  });

  it('proposes the year and the institution the citation prints', () => {
    const found = collectFrontCandidates('Fauzi, Ahmad (2020) Kerja Sama Indonesia dan Australia. Skripsi thesis, Universitas Airlangga.\nAbstract\n', []);
    expect(found.year).toContainEqual({ value: 2020, score: 0.6, reason: "the repository's citation" });
    expect(found.affiliation.institution).toContainEqual({ value: 'Universitas Airlangga', score: 0.6, reason: "the repository's citation" });
  });
});
