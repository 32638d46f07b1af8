import { describe, expect, it } from 'vitest';
import { attachLoneDatelines, isLoneDateline, readCapitalsDateline, readKnownPlaceDateline, readDateline, readPlaceDateLine } from '../../../../src/lib/ingest/news/dateline.ts';

describe('readDateline: a site, a place and a colon', () => {
  it('reads the site\'s domain and the place before a colon', () => {
    expect(readDateline('Metrotvnews.com, Jakarta: Indonesia wajib meratifikasi Konvensi ASEAN.')).toEqual({ place: 'Jakarta', outlet: 'Metrotvnews.com', text: 'Metrotvnews.com, Jakarta:' });
    // Without a domain first, a word and a colon may be a label.
    expect(readDateline('Catatan, Redaksi: Artikel ini diperbarui.')).toBeUndefined();
  });
});

describe('readDateline', () => {
  it.each([
    ['Bangkok, VIVA – Lebih dari 12.000 WNI', { place: 'Bangkok', outlet: 'VIVA', text: 'Bangkok, VIVA –' }],
    ['Jakarta (ANTARA) – Indonesia memperingatkan', { place: 'Jakarta', outlet: 'ANTARA', text: 'Jakarta (ANTARA) –' }],
    ['JAKARTA, KOMPAS.com - Polisi menangkap', { place: 'JAKARTA', outlet: 'KOMPAS.com', text: 'JAKARTA, KOMPAS.com -' }],
    ['JAKARTA, Dec 18 (Reuters) - More than', { place: 'JAKARTA', outlet: 'Reuters', text: 'JAKARTA, Dec 18 (Reuters) -' }],
    ['Jakarta, 17 Desember 2025 (ANTARA) - Menteri', { place: 'Jakarta', outlet: 'ANTARA', text: 'Jakarta, 17 Desember 2025 (ANTARA) -' }],
    ['Kuala Lumpur — The police said', { place: 'Kuala Lumpur', text: 'Kuala Lumpur —' }],
    ['TEMPO.CO, Jakarta - The ministry said', { place: 'Jakarta', outlet: 'TEMPO.CO', text: 'TEMPO.CO, Jakarta -' }],
    ['Liputan6.com, Surabaya - Polisi menangkap', { place: 'Surabaya', outlet: 'Liputan6.com', text: 'Liputan6.com, Surabaya -' }],
    ['JAKARTA (JP) — Indonesia and', { place: 'JAKARTA', outlet: 'The Jakarta Post', text: 'JAKARTA (JP) —' }],
    ['Jakarta, CNN Indonesia -- Kementerian', { place: 'Jakarta', outlet: 'CNN Indonesia', text: 'Jakarta, CNN Indonesia --' }],
    ['Bandung, Jawa Barat (ANTARA) - Polisi', { place: 'Bandung, Jawa Barat', outlet: 'ANTARA', text: 'Bandung, Jawa Barat (ANTARA) -' }],
    ['Pontianak, W. Kalimantan (ANTARA) - Police', { place: 'Pontianak, W. Kalimantan', outlet: 'ANTARA', text: 'Pontianak, W. Kalimantan (ANTARA) -' }],
    ['Pekanbaru, Riau, Jan 22 (Antaranews Riau) - The police', { place: 'Pekanbaru, Riau', outlet: 'Antaranews Riau', text: 'Pekanbaru, Riau, Jan 22 (Antaranews Riau) -' }],
    ['Medan, Sumut, 12 Mei (ANTARA) - Polisi', { place: 'Medan, Sumut', outlet: 'ANTARA', text: 'Medan, Sumut, 12 Mei (ANTARA) -' }],
    ['MEDAN, KOMPAS.com--Polisi menangkap', { place: 'MEDAN', outlet: 'KOMPAS.com', text: 'MEDAN, KOMPAS.com--' }],
    ['SURABAYA—Polisi menangkap', { place: 'SURABAYA', text: 'SURABAYA—' }],
    ['PONTIANAK, Senin (12/5/2025) – Polisi menangkap', { place: 'PONTIANAK', text: 'PONTIANAK, Senin (12/5/2025) –' }],
    ['Jakarta, Kamis - Polisi menangkap', { place: 'Jakarta', text: 'Jakarta, Kamis -' }],
    ['beritaku.com | Bandung – Polisi menangkap', { place: 'Bandung', outlet: 'beritaku.com', text: 'beritaku.com | Bandung –' }],
    ['detik.com - Polisi menangkap', { outlet: 'detik.com', text: 'detik.com -' }],
    ['jpnn.com - JAKARTA---Konflik bersenjata', { place: 'JAKARTA', outlet: 'jpnn.com', text: 'jpnn.com - JAKARTA---' }],
    ['jpnn.com - DPR - Polisi menolak', { outlet: 'jpnn.com', text: 'jpnn.com -' }],
    ['Tribratanews.polri.go.id - Jakarta. Polri terus bersinergi', { place: 'Jakarta', outlet: 'Tribratanews.polri.go.id', text: 'Tribratanews.polri.go.id - Jakarta' }],
    ['Tribratanews.polri.go.id - Polri. Kapolri terus bersinergi', { outlet: 'Tribratanews.polri.go.id', text: 'Tribratanews.polri.go.id -' }],
    ['Liputan6.com, Jakarta Polisi menangkap', { place: 'Jakarta', outlet: 'Liputan6.com', text: 'Liputan6.com, Jakarta' }],
    ['Liputan6.com, Kuala Lumpur Polisi menangkap', { place: 'Kuala Lumpur', outlet: 'Liputan6.com', text: 'Liputan6.com, Kuala Lumpur' }],
    ['Jakarta, MERDEKANEWS -Patroli maritim', { place: 'Jakarta', outlet: 'MERDEKANEWS', text: 'Jakarta, MERDEKANEWS -' }],
    ['TRIBUNKALTARA.COM, NUNUKAN- Upaya penyelundupan', { place: 'NUNUKAN', outlet: 'TRIBUNKALTARA.COM', text: 'TRIBUNKALTARA.COM, NUNUKAN-' }],
    ['MEDAN- Polisi menangkap', { place: 'MEDAN', text: 'MEDAN-' }],
  ])('reads %j', (paragraph, dateline) => {
    expect(readDateline(paragraph)).toEqual(dateline);
  });

  it.each([
    ['Kondisi tersebut mendorong pemerintah Indonesia menegaskan'],
    ['Lebih dari 12.000 WNI – menurut data – menjadi korban'],
    ['"Kami siap," kata Menteri – lalu pergi'],
    ['Indo-Pacific cooperation grows'],
    ['Indonesia- Malaysia sepakat memperkuat patroli'],
    ['menurut polisi - para pelaku kabur'],
    ['Liputan6.com, Kepolisian Negara menangkap'],
    ['Kerja sama—menurut menteri—terus tumbuh'],
  ])('finds none in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeUndefined();
  });
});

describe('readDateline with a reporter signing before the place', () => {
  it('reads a name before a known place as the byline, not the place', () => {
    expect(readDateline('Rina Kusuma Dewi, Surabaya – Polisi menangkap dua tersangka.')).toEqual({
      place: 'Surabaya',
      byline: 'Rina Kusuma Dewi',
      text: 'Rina Kusuma Dewi, Surabaya –',
    });
  });

  it('keeps a place and its outlet as they were', () => {
    expect(readDateline('Bangkok, VIVA – Polisi Thailand menangkap dua tersangka.')).toEqual({ place: 'Bangkok', outlet: 'VIVA', text: 'Bangkok, VIVA –' });
  });

  it('reads no byline where the words before the comma are no name', () => {
    expect(readDateline('KOMPAS, Jakarta – Polisi menangkap dua tersangka.')?.byline).toBeUndefined();
  });
});

describe('readDateline with a site signing alone before a bar', () => {
  it('reads the site as the outlet, with no place', () => {
    expect(readDateline('BERITAKITA.co | Polisi menangkap dua tersangka penyelundupan sabu.')).toEqual({ outlet: 'BERITAKITA.co', text: 'BERITAKITA.co |' });
  });

  it('reads no dateline from a bar between two words that are no site', () => {
    expect(readDateline('Nasional | Polisi menangkap dua tersangka.')).toBeUndefined();
  });
});

describe('lone datelines', () => {
  it('recognises a line that is only a dateline', () => {
    expect(isLoneDateline('Jakarta, CNN Indonesia --')).toBe(true);
    expect(isLoneDateline('Jakarta, CNN Indonesia -- Kementerian Luar Negeri memulangkan WNI.')).toBe(false);
    expect(isLoneDateline('CNN Indonesia')).toBe(false);
  });

  it('joins a lone dateline to the paragraph under it and leaves other lines alone', () => {
    expect(attachLoneDatelines(['Judul', 'Jakarta, CNN Indonesia --', 'Kemlu memulangkan 27 WNI.', 'Paragraf dua.'])).toEqual([
      'Judul',
      'Jakarta, CNN Indonesia -- Kemlu memulangkan 27 WNI.',
      'Paragraf dua.',
    ]);
  });
});

describe('readPlaceDateLine', () => {
  it('reads the place of a line that is a place and a date', () => {
    expect(readPlaceDateLine('Jakarta, 12 Mei 2024')).toBe('Jakarta');
    expect(readPlaceDateLine('Kuala Lumpur, 3 June 2024')).toBe('Kuala Lumpur');
    expect(readPlaceDateLine('Bandung, 05/03/2024')).toBe('Bandung');
  });

  it('reads the place of a stamp set off by slashes', () => {
    // Jakarta Post item of the dev corpus.
    expect(readPlaceDateLine('Jakarta / Tue, April 30, 2013 / 10:35 am')).toBe('Jakarta');
    expect(readPlaceDateLine('Jakarta / Nasional / 10:35 am')).toBeUndefined();
  });

  it('takes a weekday for part of the date, and wants nothing after the date', () => {
    expect(readPlaceDateLine('Minggu, 12/05/2024')).toBeUndefined();
    expect(readPlaceDateLine('Senin, 13 Mei 2024')).toBeUndefined();
    expect(readPlaceDateLine('Jakarta, 12 Mei 2024 09:15 WIB')).toBeUndefined();
    expect(readPlaceDateLine('Jakarta, kata dia pada 12 Mei 2024')).toBeUndefined();
  });
});

describe('datelines without a place, and in capitals with a colon', () => {
  it('reads a site signing alone as the outlet, with no place', () => {
    expect(readDateline('KONTEKS.CO.ID - Interpol saat ini menampilkan delapan warga negara Indonesia.')).toEqual({
      outlet: 'KONTEKS.CO.ID',
      text: 'KONTEKS.CO.ID -',
    });
  });

  it.each([
    ['LUMUT: The Marine Police Force and its Indonesian counterpart', 'LUMUT'],
    ['JAKARTA. The National Police has said that it is stopping', 'JAKARTA'],
    ['KUALA LUMPUR: Indonesian National Police and the FBI', 'KUALA LUMPUR'],
  ])('reads the place of %j', (paragraph, expected) => {
    expect(readCapitalsDateline(paragraph)).toBe(expected);
  });

  it.each([['Jakarta: Polisi menangkap tiga tersangka.'], ['UPDATE: 3 people'], ['PEMERINTAH telah merampungkan pembahasan.']])(
    'reads no place from %j',
    (paragraph) => {
      expect(readCapitalsDateline(paragraph)).toBeUndefined();
    },
  );
});

describe('sites signing around the place', () => {
  it('reads a domain right after the dash as the outlet', () => {
    expect(readDateline('Medan, 3 Maret 2025 – KABARSUMUT.NEWS Polisi menangkap dua kurir.')).toEqual({
      place: 'Medan',
      outlet: 'KABARSUMUT.NEWS',
      text: 'Medan, 3 Maret 2025 – KABARSUMUT.NEWS',
    });
  });

  it('takes a word after the dash for the story, not a site', () => {
    expect(readDateline('Medan, 3 Maret 2025 – Polisi menangkap dua kurir.')).toEqual({ place: 'Medan', text: 'Medan, 3 Maret 2025 –' });
  });

  it('splits a site name closed by a period off a known place', () => {
    expect(readDateline('Kabar Pesisir Portal. Sibolga, 2 Mei 2025 – Polisi menangkap dua kurir.')).toMatchObject({
      place: 'Sibolga',
      outlet: 'Kabar Pesisir Portal',
    });
  });

  it('reads no dateline whose part after the region is no date, or whose date has no agency after it', () => {
    expect(readDateline('Pekanbaru, Riau, Blok 22 (Antaranews Riau) - The police')).toBeUndefined();
    expect(readDateline('Pekanbaru, Riau, Jan 22 - The police')).toBeUndefined();
  });

  it("reads a name in a site's mixed capitals before a known place as the outlet signing first", () => {
    expect(readDateline('BeritaKITA, Manado — Penyelundupan senjata api digagalkan.')).toEqual({
      place: 'Manado',
      outlet: 'BeritaKITA',
      text: 'BeritaKITA, Manado —',
    });
    // A place and its region keep their order.
    expect(readDateline('Pontianak, Kalbar — Polisi menangkap dua kurir.')?.place).toBe('Pontianak');
  });

  it('reads the known place between a dash and a bar, leaving the words before the dash unnamed unless they call themselves a news medium', () => {
    expect(readDateline('Budi Santoso – Jakarta | Salah satu rumah sakit menjual ginjal.')).toEqual({ place: 'Jakarta', text: 'Budi Santoso – Jakarta |' });
    expect(readDateline('Kabar Harian – Jakarta | Salah satu rumah sakit menjual ginjal.')).toEqual({
      place: 'Jakarta',
      outlet: 'Kabar Harian',
      text: 'Kabar Harian – Jakarta |',
    });
    expect(readDateline('Kabar Harian – Xqzville | Salah satu rumah sakit.')?.place).not.toBe('Xqzville');
  });

  it('reads a word calling itself a news medium, signing alone before the dash, as the outlet', () => {
    expect(readDateline('Mainberita – Jumlah kasus warga negara Indonesia meningkat.')).toEqual({ outlet: 'Mainberita', text: 'Mainberita –' });
    expect(readDateline('Pontianak – Jumlah kasus meningkat.')).toEqual({ place: 'Pontianak', text: 'Pontianak –' });
    expect(readDateline('LENTERAMERAH – Kasus WNI di Kamboja melonjak.')?.outlet).toBeUndefined();
  });

  it('keeps a period inside a place when what follows is no known place', () => {
    expect(readDateline('Kabar Pesisir Portal. Xqzville, 2 Mei 2025 – Polisi menangkap.')?.outlet).toBeUndefined();
  });
});

describe('readKnownPlaceDateline', () => {
  it.each([
    ['KUALA LUMPUR: The Immigration Department rescued 40 women.', 'KUALA LUMPUR'],
    ['BALI, Indonesia: An alleged crime boss was deported.', 'BALI, Indonesia'],
    ['Jakarta: Indonesian police said Tuesday they arrested seven.', 'Jakarta'],
    ['PETALING JAYA:', 'PETALING JAYA'],
    ['BATAM, Indonesia (AFP): Indonesian authorities seized two tonnes.', 'BATAM, Indonesia'],
    ['Jakarta. Indonesia and Singapore will ink an extradition treaty.', 'Jakarta'],
    ['Batam | Upaya penyelundupan narkoba kembali digagalkan.', 'Batam'],
    ['PEKANBARU • The Indonesian authorities have seized over 100 pangolins.', 'PEKANBARU'],
  ])('reads the place of %j', (paragraph, expected) => {
    expect(readKnownPlaceDateline(paragraph)).toBe(expected);
  });

  it.each([
    ['UPDATE: Three people were hurt.'],
    ['Catatan: Polisi masih menyelidiki.'],
    ['Note: The figures are provisional.'],
    ['Presiden Joko Widodo (Jokowi): Kami siap.'],
    ['Berita Terkini | Polisi menangkap dua orang.'],
  ])(
    'reads no place from the label or the words that are no known place in %j',
    (paragraph) => {
      expect(readKnownPlaceDateline(paragraph)).toBeUndefined();
    },
  );

  it('joins a known place and its colon, set on a line of its own, to the paragraph under it', () => {
    expect(isLoneDateline('PETALING JAYA:')).toBe(true);
    expect(isLoneDateline('Catatan:')).toBe(false);
    expect(attachLoneDatelines(['Judul', 'PETALING JAYA:', 'Police rescued 36 people.'])).toEqual(['Judul', 'PETALING JAYA: Police rescued 36 people.']);
  });
});

describe('readPlaceDateLine: a shortened weekday', () => {
  it('reads no place from the weekday before the date', () => {
    expect(readPlaceDateLine('Mon, October 29, 2012')).toBeUndefined();
  });
});
