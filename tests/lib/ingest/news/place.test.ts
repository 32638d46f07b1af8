import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../../src/lib/ingest/news/dateline.ts';
import { choosePlace } from '../../../../src/lib/ingest/news/place.ts';

const place = (lead: string | undefined, header: string[] = []) =>
  choosePlace({ lead, dateline: lead === undefined ? undefined : readDateline(lead), header });

describe('choosePlace', () => {
  it.each([
    // Cobisnis, Kontan English, The Sun Daily and Malay Mail items of the dev corpus.
    ['JAKARTA, Cobisnis.com – Sebanyak 2.493 Warga Negara Indonesia (WNI) yang berada di Kamboja.', 'JAKARTA'],
    ['JAKARTA. The National Police has said that it is stopping its program.', 'JAKARTA'],
    ['LUMUT: The Marine Police Force and its Indonesian counterpart have been working closely.', 'LUMUT'],
    ['KUALA LUMPUR, Oct 19 — A total of 170 customs personnel from Malaysia and Indonesia.', 'KUALA LUMPUR'],
  ])('reads the dateline of %j', (lead, expected) => {
    expect(place(lead)?.value).toBe(expected);
  });

  it('reads where the writer filed from, flagged as weak', () => {
    const choice = place('Indonesia and Malaysia are joining forces once again.', ['By Aditya Surya for Khabar Southeast Asia in Jakarta']);
    expect(choice?.value).toBe('Jakarta');
    expect(choice?.doubt).toMatch(/weak/);
  });

  it("reads the place after an agency's credit under the headline", () => {
    const header = ['| Source: AP', 'Malaysian and Indonesian police hold talks on cross-border crime.', 'Associated Press Kuala Lumpur'];
    expect(place('Malaysian and Indonesian police met on Monday.', header)?.value).toBe('Kuala Lumpur');
    expect(place('Malaysian and Indonesian police met on Monday.', ['Budi Santoso Kuala Lumpur'])).toBeUndefined();
  });

  it("reads the place after a location label in the header, up to the next label glued to it", () => {
    expect(place('At the third Ministerial Conference, Ministers met.', ['Location: Bali, IndonesiaDate: 14 - 15 April 2009'])?.value).toBe('Bali, Indonesia');
    expect(place('At the conference, Ministers met.', ['Lokasi: Nusa Dua | Tanggal: 12 Mei 2024'])?.value).toBe('Nusa Dua');
    expect(place('At the conference, Ministers met.', ['Location: Main Hall'])).toBeUndefined();
  });

  it('finds no place where a site signs without one', () => {
    // KONTEKS.CO.ID item.
    expect(place('KONTEKS.CO.ID - Interpol saat ini menampilkan delapan warga negara Indonesia.')).toBeUndefined();
  });

  it('takes no sentence-cased label with a colon for a place', () => {
    expect(place('Catatan: Artikel ini telah diperbarui.')).toBeUndefined();
  });
});

describe('choosePlace, a dateline of one bare word', () => {
  it('takes it when it names a known place', () => {
    expect(place('SURABAYA – Polisi menangkap dua tersangka penipuan daring lintas negara.')?.value).toBe('SURABAYA');
  });

  it('takes a word the story names again in title case, though no known place, but not one named as whom the story was told to', () => {
    const lead = 'KALTIMURA – Satuan Polairud Polres Kaltimura mengamankan seorang calo pekerja migran.';
    expect(choosePlace({ lead, dateline: readDateline(lead), header: [], story: [lead] })?.value).toBe('KALTIMURA');
    const told = 'KALTIMURA – Polisi mengamankan seorang calo, kata Kapolres kepada Kaltimura.';
    expect(choosePlace({ lead: told, dateline: readDateline(told), header: [], story: [told] })).toBeUndefined();
    const taken = 'KALTIMURA – Polisi mengamankan seorang calo, seperti dilansir dari Kaltimura.';
    expect(choosePlace({ lead: taken, dateline: readDateline(taken), header: [], story: [taken] })).toBeUndefined();
    const signed = 'Kaltimura – Polisi mengamankan seorang calo pekerja migran.';
    expect(choosePlace({ lead: signed, dateline: readDateline(signed), header: [], story: [signed] })).toBeUndefined();
  });

  it('takes no place from a word that may be the site signing alone', () => {
    expect(place('BERITAKITAHARIINI – Kasus WNI di Kamboja mengalami lonjakan signifikan.')).toBeUndefined();
    expect(place('BERITAKITAHARIINI—Kasus WNI di Kamboja mengalami lonjakan signifikan.')).toBeUndefined();
  });
});

describe('choosePlace: a known place and a colon', () => {
  it('reads the place with its region from the first paragraph', () => {
    expect(place('BALI, Indonesia: An alleged crime boss arrested last month was deported, police said.')?.value).toBe('BALI, Indonesia');
    expect(place('Jakarta: Indonesian police said Tuesday they have arrested seven people.')?.value).toBe('Jakarta');
  });

  it('reads no place from a label and a colon', () => {
    expect(place('Catatan: Polisi masih menyelidiki kasus ini bersama imigrasi.')).toBeUndefined();
  });
});

describe('choosePlace: a place stacked over the date', () => {
  it('reads a known place alone on the line over the date line, flagged as weak', () => {
    const choice = place('The police have opened a new office, the spokesman said on Monday.', ['The Daily Wire', 'Jakarta', 'Mon, October 29, 2012']);
    expect(choice?.value).toBe('Jakarta');
  });

  it('reads nothing from a line over the date that is no known place', () => {
    expect(place('The police have opened a new office, the spokesman said on Monday.', ['Nasional', 'Mon, October 29, 2012'])).toBeUndefined();
  });
});
