import { describe, expect, it } from 'vitest';
import { chooseOutlet, outletCandidates } from '../../../../src/lib/ingest/news/outlet.ts';
import { readDateline } from '../../../../src/lib/ingest/news/dateline.ts';

describe('outletCandidates', () => {
  it("names no outlet after an image's file name in the header", () => {
    expect(chooseOutlet({ header: ['Pelabuhan-Batam-Center.jpg'], removed: [] })).toBeUndefined();
  });


  it('reads the outlet signing a dateline', () => {
    // Gatra item of the dev corpus.
    const dateline = readDateline('Jakarta, Gatra.com - Kepolisian Negara Republik Indonesia (Polri) menangkap satu orang.');
    expect(chooseOutlet({ header: [], removed: [], dateline })?.value).toBe('Gatra.com');
  });

  it('reads the agency after "Source:"', () => {
    // AP item on the Jawawa archive.
    const header = ['Indonesian Political, Business & Finance News', '| Source: AP', 'Associated Press Kuala Lumpur'];
    expect(chooseOutlet({ header, removed: [] })?.value).toBe('AP');
  });

  it('lets a masthead and the outlet a writer files for agree', () => {
    // Khabar Southeast Asia item.
    const header = ['Khabar Southeast Asia', 'English', 'By Aditya Surya for Khabar Southeast Asia in Jakarta', 'September 25, 2013'];
    const choice = chooseOutlet({ header, removed: [] });
    expect(choice?.value).toBe('Khabar Southeast Asia');
    expect(choice?.reason).toContain('+');
    expect(choice?.doubt).toBeUndefined();
  });

  it('reads the masthead over the line giving the place and date', () => {
    // Jakarta Post page of 2013.
    const header = ['• The Jakarta Post', 'The Jakarta Post', 'Jakarta   /   Tue, April 30, 2013   /  10:35 am'];
    expect(chooseOutlet({ header, removed: [] })?.value).toBe('The Jakarta Post');
    expect(chooseOutlet({ header: ['Budi Santoso dan Kawan', 'Jakarta'], removed: [] })).toBeUndefined();
  });

  it("reads a news medium's name run into the date beside it", () => {
    const header = ['Indonesia seizes record two tonnes of crystal meth hidden in fishing boat', 'The Star26-05-2025'];
    expect(chooseOutlet({ header, removed: [] })?.value).toBe('The Star');
    expect(chooseOutlet({ header: ['Budi Santoso26-05-2025'], removed: [] })).toBeUndefined();
  });

  it('reads a byline crediting a news medium as the outlet, never a writer', () => {
    const header = ['By : Jakarta Globe | on 4:30 AM April 30, 2013'];
    expect(chooseOutlet({ header, removed: [], author: 'Jakarta Globe' })?.value).toBe('Jakarta Globe');
    expect(chooseOutlet({ header: ['By : Budi Santoso'], removed: [], author: 'Budi Santoso' })).toBeUndefined();
  });

  it("reads the site name after the page's title", () => {
    const header = ['Polisi Tangkap Dua Pelaku Penipuan Daring - Wartakota.com', 'Senin, 12 Mei 2025 10:00 WIB'];
    const byDomain = chooseOutlet({ header, removed: [] });
    expect(byDomain?.value).toBe('Wartakota.com');
    expect(byDomain?.doubt).toBeUndefined();
    // A name in words may be a section's: taken, but flagged.
    const named = chooseOutlet({ header: ['Polisi Tangkap Dua Pelaku Penipuan Daring | Warta Kota Online'], removed: [] });
    expect(named?.value).toBe('Warta Kota Online');
    expect(named?.doubt).toBeDefined();
    expect(chooseOutlet({ header: ['Kerja Sama Patroli Laut Indonesia - Malaysia'], removed: [] })).toBeUndefined();
  });

  it('takes a masthead alone, flagged as weak', () => {
    // New Straits Times page on PressReader.
    const choice = chooseOutlet({ header: ['New Straits Times', '-'], removed: [] });
    expect(choice?.value).toBe('New Straits Times');
    expect(choice?.doubt).toMatch(/weak/);
  });

  it("takes neither the writer's name at the top nor a writer's role under it for a masthead", () => {
    expect(chooseOutlet({ header: ['Andi Saputra', 'June 12, 2023 | 10:15 am'], removed: [], author: 'Andi Saputra' })).toBeUndefined();
    expect(chooseOutlet({ header: ['Andi Saputra', 'Indonesia Correspondent', 'June 12, 2023'], removed: [], author: 'Andi Saputra' })).toBeUndefined();
  });

  it("reads the paper of a staff credit with its place, unless the medium stands as the writer", () => {
    expect(chooseOutlet({ header: ['Fadli', 'The Jakarta Post/Batam'], removed: [], author: 'Fadli' })?.value).toBe('The Jakarta Post');
    const wire = ['| Source: AP', 'Associated Press Kuala Lumpur'];
    expect(chooseOutlet({ header: wire, removed: [], author: 'Associated Press' })?.value).toBe('AP');
  });

  it('takes no share button at the top for a masthead', () => {
    expect(chooseOutlet({ header: ['Silakan Share', 'Jumat, 3 Mei 2024'], removed: [] })).toBeUndefined();
    expect(chooseOutlet({ header: ['Share This Story'], removed: [] })).toBeUndefined();
  });

  it('reads the site a republication notice under the article names', () => {
    const removed = ['Baca artikel detiknews, "Polisi Tangkap Bandar Sabu 5 Kg" selengkapnya https://news.detik.com/berita/d-6123456/polisi'];
    expect(chooseOutlet({ header: [], removed })?.value).toBe('detiknews');
    // The site signing the dateline is the page's own, over the site a reprint names.
    const dateline = readDateline('Pekanbaru, Tribunpekanbaru.com - Polisi menangkap seorang bandar sabu.');
    const reprinted = ['Artikel ini telah tayang di Tribunnews.com dengan judul Polisi Tangkap Bandar Sabu'];
    expect(chooseOutlet({ header: [], removed: reprinted, dateline })?.value).toBe('Tribunpekanbaru.com');
  });

  it('reads the copyright holder of a notice under the article', () => {
    expect(chooseOutlet({ header: [], removed: ['Hak Cipta © ANTARA 2025'] })?.value).toBe('ANTARA');
  });

  it('proposes nothing for a page that names no outlet', () => {
    // A section line, a byline without outlet and a date: none names the site.
    expect(outletCandidates({ header: ['Berita', 'SELASA, 10 AGUSTUS 2021 | 14:28 WIB | LAPORAN: IDHAM ANHARI'], removed: [] })).toEqual([]);
  });

  it('prefers the dateline over a disagreeing copyright line', () => {
    const dateline = readDateline('JAKARTA, KOMPAS.com - Polisi menangkap tiga tersangka penipuan daring di Batam.');
    const choice = chooseOutlet({ header: [], removed: ['© 2008 - 2024 PT. Kompas Cyber Media'], dateline });
    expect(choice?.value).toBe('KOMPAS.com');
  });
});

describe("chooseOutlet: an agency signing the article's end", () => {
  it('reads the agency after the dash closing the last paragraph, flagged for review', () => {
    const choice = chooseOutlet({ header: [], removed: [], closing: 'Four suspects were detained during the raid. – Kyodo' });
    expect(choice?.value).toBe('Kyodo');
  });

  it('reads none from a last paragraph without a signature', () => {
    expect(chooseOutlet({ header: [], removed: [], closing: 'Four suspects were detained during the raid.' })).toBeUndefined();
  });
});

describe('chooseOutlet: the masthead line of a credit block', () => {
  it("reads the masthead under the writer's name in the author box", () => {
    const header = ['Nina Putri', 'Nina Putri', 'The Daily Wire', 'May 11, 2023'];
    expect(chooseOutlet({ header, removed: [], author: 'Nina Putri' })?.value).toBe('The Daily Wire');
  });

  it('reads the masthead over a place stacked on the date', () => {
    const header = ['The Daily Wire', 'Jakarta', 'Mon, October 29, 2012'];
    expect(chooseOutlet({ header, removed: [] })?.value).toBe('The Daily Wire');
  });

  it('reads nothing under a name when the next line is a sentence, nor over a place with no date under it', () => {
    const reasons = (header: string[], author?: string) => outletCandidates({ header, removed: [], author }).map((found) => found.reason);
    expect(reasons(['Section', 'Nina Putri', 'Police said on Monday they had arrested two.'], 'Nina Putri')).not.toContain('masthead line in the credit block');
    expect(reasons(['Section', 'The Daily Wire', 'Jakarta', 'Nasional'])).not.toContain('masthead line in the credit block');
    expect(reasons(['Section', 'The Daily Wire', 'Jakarta', 'Mon, October 29, 2012'])).toContain('masthead line in the credit block');
  });
});

describe("chooseOutlet: a print copy's running head", () => {
  it("reads the site's name beside its own address, a word of it in the host", () => {
    const header = ['- The Strategist - https://www.aspistrategist.org.au -', 'Posted By on January 15, 2016 @ 13:00'];
    expect(chooseOutlet({ header, removed: [] })?.value).toBe('The Strategist');
  });

  it('reads no outlet from a name beside an address that does not spell it', () => {
    expect(chooseOutlet({ header: ['- Jalan Thamrin - https://www.example.org/photo -'], removed: [] })).toBeUndefined();
  });
});
