import { describe, expect, it } from 'vitest';
import { journalNamedApart, journalNamedNear, journalOverPublisher, readJournalSelfDescription, readRunningHeaderJournal } from '../../../../src/lib/ingest/thesis/journal-name.ts';

describe('readJournalSelfDescription', () => {
  it('reads the name from the sentence a journal writes about itself, in either language', () => {
    expect(readJournalSelfDescription('Lex Portus is a journal published by the Faculty of Law, Universitas Contoh, under a Creative Commons licence.')).toBe('Lex Portus');
    expect(readJournalSelfDescription('Jurnal Selat Nusa adalah jurnal yang diterbitkan oleh Fakultas Hukum Universitas Contoh.')).toBe('Jurnal Selat Nusa');
    expect(readJournalSelfDescription('Maritim Review is an open-access journal managed by the Centre for Sea Studies.')).toBe('Maritim Review');
  });

  it('takes no sentence that only mentions a journal, nor a long subject for a name', () => {
    expect(readJournalSelfDescription('This article is a revised version of a paper published in a journal in 2019.')).toBeUndefined();
    expect(readJournalSelfDescription('The study of trafficking routes across the Malacca Strait is a journal published by nobody.')).toBeUndefined();
  });
});

describe('readRunningHeaderJournal', () => {
  it('reads the journal beside a page number on either side of a bar', () => {
    expect(readRunningHeaderJournal('Jurnal Hukum Samudra | 45')).toBe('Jurnal Hukum Samudra');
    expect(readRunningHeaderJournal('112 | Journal of Border Studies')).toBe('Journal of Border Studies');
  });

  it('reads none from a header that names no journal, or from a table row', () => {
    expect(readRunningHeaderJournal('Kerja Sama Patroli Laut | 45')).toBeUndefined();
    expect(readRunningHeaderJournal('Jurnal | 2019 | 45')).toBeUndefined();
  });
});

describe('journalNamedNear', () => {
  it('takes the name printed before the ISSN on its own line', () => {
    expect(journalNamedNear(['Jurnal Hukum Bahari p-ISSN 1234-5678 e-ISSN 2345-6789', 'Judul Artikel'], 0)).toBe('Jurnal Hukum Bahari');
  });

  it('takes a short name without the word "journal" only right over the ISSN, never an affiliation', () => {
    expect(journalNamedNear(['(1)', 'Wajah Samudra', 'ISSN 2598-0000 (Online) | DOI 10.1234/ws.v7i1.1'], 2)).toBe('Wajah Samudra');
    expect(journalNamedNear(['Wajah Samudra', 'Kerja sama kepolisian', 'ISSN 2598-0000 (Online)'], 2)).toBeUndefined();
    expect(journalNamedNear(['Universitas Contoh Raya', 'ISSN 2598-0000 (Online)'], 1)).toBeUndefined();
    expect(journalNamedNear(['Wajah Samudra', 'Vol. 7, 2020'], 1)).toBeUndefined();
  });

  it('takes a short name right over the issue line when a comma closing it runs it on into that line', () => {
    expect(journalNamedNear(['Wajah Samudra,', 'Vol. 2, No. 1 (Januari-Juni 2017): 1-17'], 1)).toBe('Wajah Samudra');
    expect(journalNamedNear(['Universitas Contoh Raya,', 'Vol. 2, No. 1 (Januari-Juni 2017): 1-17'], 1)).toBeUndefined();
  });
});

describe('journalNamedApart', () => {
  it('takes a journal named on a line of its own at the top of the page', () => {
    const page = ['Anda di halaman 1dari 10', 'Lintas – Contoh Journal of International Relations', 'Faculty of Social and Political Science', 'KERJA SAMA KEPOLISIAN'];
    expect(journalNamedApart(page)).toBe('Lintas – Contoh Journal of International Relations');
  });

  it("takes no site menu, no title in capitals and no name further down the page", () => {
    expect(journalNamedApart(['Open Journal Systems', 'Journal Help', 'KERJA SAMA KEPOLISIAN'])).toBeUndefined();
    expect(journalNamedApart(['PERAN JURNAL ILMIAH DALAM DIPLOMASI', 'Rina Wulandari'])).toBeUndefined();
    expect(journalNamedApart(['a', 'b', 'c', 'd', 'Jurnal Hukum Bahari'])).toBeUndefined();
  });

  it("takes a name in capitals at the top in a masthead's forms: its acronym in brackets closing it, or English \"JOURNAL\" opening or closing it", () => {
    expect(journalNamedApart(['JURNAL ILMU HUKUM KYADIREN (JIHK)', 'PERAN INDONESIA DALAM DIPLOMASI'])).toBe('JURNAL ILMU HUKUM KYADIREN (JIHK)');
    expect(journalNamedApart(['INDONESIAN JOURNAL OF INTERNATIONAL LAW (IJIL)', 'PERAN INDONESIA'])).toBe('INDONESIAN JOURNAL OF INTERNATIONAL LAW (IJIL)');
    expect(journalNamedApart(['BRAWIJAYA LAW JOURNAL', 'PERAN INDONESIA'])).toBe('BRAWIJAYA LAW JOURNAL');
    expect(journalNamedApart(['JOURNAL OF MARITIME STUDIES', 'PERAN INDONESIA'])).toBe('JOURNAL OF MARITIME STUDIES');
  });

  it('takes no heading in capitals naming the kind of paper over a title', () => {
    expect(journalNamedApart(['JURNAL ILMIAH', 'UPAYA DIPLOMASI PEMERINTAH INDONESIA'])).toBeUndefined();
    expect(journalNamedApart(['JURNAL ILMIAH UPAYA DIPLOMASI PEMERINTAH INDONESIA', 'Rina Wulandari'])).toBeUndefined();
  });

  it("prefers the journal's sentence about itself to a line at the top", () => {
    expect(journalNamedApart(['Jurnal Lain Sekali', 'Lex Portus is a journal published by the Faculty of Law.'])).toBe('Lex Portus');
  });
});

describe('journalOverPublisher', () => {
  it('reads the journal named on the line over its publisher', () => {
    expect(journalOverPublisher(['Jurnal Kajian Hukum Laut', 'Diterbitkan oleh Fakultas Hukum Universitas Contoh'])).toBe('Jurnal Kajian Hukum Laut');
    expect(journalOverPublisher(['Lex Maritima', 'Published by Faculty of Law, Example University'])).toBe('Lex Maritima');
  });

  it('reads no journal from a university, an issue line or a title in capitals over the publisher', () => {
    expect(journalOverPublisher(['Universitas Contoh', 'Published by Universitas Contoh Press'])).toBeUndefined();
    expect(journalOverPublisher(['Vol. 3 No. 2 (2021)', 'Published by Faculty of Law'])).toBeUndefined();
    expect(journalOverPublisher(['KERJA SAMA PATROLI LAUT', 'Diterbitkan oleh Fakultas Hukum'])).toBeUndefined();
  });

  it('names the journal apart from any issue line', () => {
    expect(journalNamedApart(['Kerja Sama Patroli Laut', 'Lex Maritima', 'Published by Faculty of Law, Example University'])).toBe('Lex Maritima');
  });
});
