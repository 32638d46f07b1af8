import { describe, expect, it } from 'vitest';
import {
  isArticleEndMarker,
  isClosingLine,
  isClutterLine,
  isDeskInitials,
  isPhotoCaption,
  isRelatedLead,
  isRelatedBlockLead,
  isRelatedStoryLead,
} from '../../../../src/lib/ingest/news/page-furniture.ts';

describe('isClutterLine', () => {
  it.each([
    ['Home > Nasional > Hukum'],
    ['Beranda | Riau | Hukum'],
    ['Tentang Kami | Redaksi | Pedoman Media Siber | Kontak'],
    // A menu of three or more links may name sites by their domains.
    ['Home | Nasional | Kompas.com | Detik.com | Tempo.co'],
    ['[Gambas:Video CNN]'],
    ['[Video: Polisi Gerebek Markas Scam]'],
    ['(rzp/aud)'],
    ['Lihat Foto'],
    ['Skip to main content'],
    ['url telah tercopy'],
    ['0 komentar'],
    ['Bagikan: Facebook Twitter WhatsApp Telegram'],
    ['Share this article'],
    ['Silakan Share'],
    ['Yuk bagikan berita ini'],
    ['WhatsApp'],
    ['Foto: Ilustrasi rekening bank (Getty Images/iStockphoto)'],
    [
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.',
    ],
    ['Click here to get the latest news updates from Tempo on Google News'],
    ['Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.'],
  ])('takes %j for furniture', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    ['Polisi menangkap dua tersangka, kata Rudi di Dumai, Selasa (5/3/2024).'],
    ['Foto-foto korban beredar di media sosial sejak pekan lalu.'],
    ['Kasus ini melibatkan 12 provinsi > 3 negara, menurut polisi.'],
    // Two segments: a short headline and the site's domain, which the headline reader splits.
    ['Polisi Tangkap WNA | Kompas.com'],
    ['Polisi menangkap WNA. | Dua | Tiga'],
    ['Polisi mengimbau warga mengikuti kabar resmi dari aplikasi dan saluran pemerintah agar tidak tertipu.'],
  ])('keeps the article sentence %j', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  it('does not take a long article sentence that starts like a widget for clutter', () => {
    expect(isClutterLine(`Simak ${'kata demi kata '.repeat(20)}yang disampaikan menteri.`)).toBe(false);
  });
});

describe("isRelatedLead on a page's category line", () => {
  it('reads a category line as a tag list', () => {
    expect(isRelatedLead('Category : News, Tech, Featured')).toBe(true);
  });
});

describe('isPhotoCaption', () => {
  it.each([
    ['Ilustrasi. (ANTARA/Foto Rahmat Hidayat)'],
    ['Ilustrasi korban tindak pidana perdagangan orang.(SHUTTERSTOCK/Andrea Pohl)'],
    ['Ilustrasi. Puluhan WNI korban online scam dipulangkan. (CNN Indonesia/Safir Makki)'],
    ['Foto: Kepala PPATK dalam konferensi pers di Jakarta. (Dok. PPATK)'],
    ['Suasana pemulangan WNI di bandara. (Istimewa)'],
    ['Photo: Police officers at the border post'],
    ['Jumpa pers pengungkapan kasus penipuan di Polda Metro Jaya, Jumat (2/5/2025). ANTARA/Risky Syukur'],
    ['Image courtesy of Flickr user Ani Lestari'],
    ['Photo archive - Menteri Hukum Budi Santoso/ANTARA'],
    ['Sekretaris NCB Interpol Indonesia Brigjen Budi Santoso/Net'],
    ['Kepala Divisi Humas Polri, Irjen Budi Santoso. / Foto Humas Polri'],
    ['Some of the workers rescued in a raid at a warehouse. (Bernama pic)'],
    ['Ministers at a meeting of security officials in Sydney.PHOTO: AGENCE FRANCE-PRESSE'],
    ['Menteri Luar Negeri saat ditemui awak media di Jakarta, Selasa, 5 Maret 2024. (Medcom.id)'],
  ])('reads %j as a caption', (line) => {
    expect(isPhotoCaption(line)).toBe(true);
  });

  it.each([
    ['"Kami sudah berkoordinasi," kata Wahyu di Jakarta, Rabu (6/3/2024).'],
    ['Ilustrasinya jelas bagi para penyidik.'],
    ['Korban dijanjikan gaji Rp 15 juta per bulan.'],
    ['Kerja sama itu disepakati Polri dan AFP/Interpol.'],
    ['Imagery courtesy of the authors shows the border'],
    ['Kerja sama Indonesia/Malaysia diperkuat'],
    ['Korban melapor ke polisi. (Antara)'],
    ['Data itu dimuat di laman resmi (Kemlu.go.id) pekan lalu.'],
  ])('does not read %j as a caption', (line) => {
    expect(isPhotoCaption(line)).toBe(false);
  });
});

describe('isRelatedLead', () => {
  it.each([['Tag:'], ['Tags: #PMI ilegal #Dumai #TPPO'], ['Topics:'], ['TOPIK TERKAIT'], ['Baca berikutnya'], ['Read next'], ['Kata kunci: TPPO, Kamboja']])(
    'reads %j as a lead',
    (line) => {
      expect(isRelatedLead(line)).toBe(true);
    },
  );

  it('does not read a sentence about tags as a lead', () => {
    expect(isRelatedLead('Tagihan listrik warga naik 20 persen bulan ini.')).toBe(false);
  });
});

describe('isDeskInitials and isClosingLine', () => {
  it('reads desk initials and credit or copyright lines as the end of an article', () => {
    expect(isDeskInitials('(rzp/aud)')).toBe(true);
    expect(isDeskInitials('(tim/dal)')).toBe(true);
    expect(isDeskInitials('(PBB/UNODC)')).toBe(false);
    expect(isClosingLine('(rzp/aud)')).toBe(true);
    expect(isClosingLine('Editor: Siti Maryam')).toBe(true);
    expect(isClosingLine('Hak Cipta © ANTARA 2025')).toBe(true);
    expect(isClosingLine('Polisi menangkap tiga tersangka.')).toBe(false);
  });
});

describe('isClutterLine on buttons', () => {
  it.each(['Buka konten ini', 'Tampilkan lebih banyak', 'Show more', 'Load more'])('takes the button %j for clutter', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it('keeps a short headline that opens with the same verb', () => {
    expect(isClutterLine('Buka Blokir Rekening Korban Penipuan')).toBe(false);
  });
});

describe('isClutterLine on time stamps', () => {
  it.each(['17 jam lalu', '3 pekan lalu', '2 hari yang lalu · Nasional', '5 hours ago', '10 mins ago'])(
    'takes %j for a time stamp',
    (line) => {
      expect(isClutterLine(line)).toBe(true);
    },
  );

  it.each([
    'Kemarin polisi menangkap tiga tersangka penipuan daring.',
    'Dua minggu lalu, polisi menggerebek sebuah rumah di Batam.',
    'A week ago the ministry said the scam centres had moved.',
    'Polisi menangkap tersangka 3 jam lalu.',
  ])('keeps the sentence %j', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });
});

describe('isRelatedStoryLead and isRelatedLead', () => {
  it('tells links to other stories from a tag list', () => {
    expect(isRelatedStoryLead('Baca juga: Polisi Tangkap Penipu')).toBe(true);
    expect(isRelatedStoryLead('BERITA TERKAIT Polisi Tangkap Penipu')).toBe(true);
    expect(isRelatedStoryLead('Tags: penipuan, perdagangan orang')).toBe(false);
    expect(isRelatedLead('Tags: penipuan, perdagangan orang')).toBe(true);
    expect(isRelatedLead('Baca juga: Polisi Tangkap Penipu')).toBe(true);
  });
});

describe('isClutterLine on pagination, BBC captions and release headings', () => {
  it.each([
    ['Halaman 1 2 Selanjutnya'],
    ['Halaman 1 2 3'],
    ['Page 2 3 Next'],
    ['« Sebelumnya'],
    ['Selanjutnya »'],
    ['Halaman selanjutnya'],
    ['Sumber gambar, Dokumentasi pribadi'],
    ['Keterangan gambar, Rina Marlina menunjukkan pesan terakhir dari perekrutnya.'],
    ['Image source, Getty Images'],
    ['SIARAN PERS'],
    ['Press Release'],
    ['Nomor: 123/HM/KOMINFO/05/2024'],
  ])('drops %j', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    ['Halaman sekolah itu dipenuhi warga yang menunggu kedatangan para korban.'],
    ['Selanjutnya, polisi memeriksa tujuh saksi dari perusahaan penyalur.'],
    ['Sumber gambar itu, kata polisi, berasal dari telepon milik tersangka utama yang disita.'],
    ['Nomor telepon pelaku sudah diblokir.'],
  ])('keeps the sentence %j', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  it('takes "Pilihan Editor" and "Berita Populer" alone on a line for story leads', () => {
    expect(isRelatedStoryLead('Pilihan Editor')).toBe(true);
    expect(isRelatedStoryLead('Berita Populer')).toBe(true);
    expect(isRelatedStoryLead('Pilihan editor kali ini jatuh pada laporan investigasi.')).toBe(false);
  });
});

describe('isArticleEndMarker', () => {
  it.each([
    ['Artikel ini telah tayang di Tribunnews.com dengan judul Polisi Tangkap Dua Perekrut, https://www.tribunnews.com/x'],
    ['This article was first published in The Straits Times.'],
    ['Narahubung:'],
    ['Narahubung: Rina Kusumawati (0812-0000-0000)'],
    ['Media contact:'],
    ['Tentang Kementerian Komunikasi dan Informatika'],
    ['About the Ministry of Foreign Affairs'],
    ['-selesai-'],
    ['###'],
  ])('ends the article at %j', (line) => {
    expect(isArticleEndMarker(line)).toBe(true);
  });

  it.each([
    ['Tentang Kami'],
    ['Tentang kasus ini, polisi belum memberikan keterangan.'],
    ['Artikel ini ditulis berdasarkan wawancara dengan enam korban.'],
    ['Kontak dengan keluarga korban terputus sejak Januari.'],
  ])('does not end the article at %j', (line) => {
    expect(isArticleEndMarker(line)).toBe(false);
  });
});

describe('isClutterLine on navigation trails', () => {
  const trail = (segments: number): string => Array.from({ length: segments }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' > ');

  it('reads a trail of many short segments as clutter', () => {
    expect(isClutterLine(trail(40))).toBe(true);
    expect(isClutterLine('Beranda | Riau | Hukum')).toBe(true);
  });

  it('does not read a trail with sentence punctuation or a long segment as one', () => {
    expect(isClutterLine(`${trail(40)} !`)).toBe(false);
    expect(isClutterLine(`Beranda > ${'Sangat panjang '.repeat(3)}`)).toBe(false);
  });
});

describe("isClutterLine on a site's follow calls and contact lines", () => {
  it.each([['Find Us on Facebook'], ['Like us on Instagram'], ['Temukan kami di YouTube'], ['redaksi@contoh.co.id']])('drops "%s"', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it('keeps a headline that opens the same way', () => {
    expect(isClutterLine('Find Us on Facebook, Police Tell Fugitives Abroad in a New Campaign')).toBe(false);
  });
});

describe('isPhotoCaption: a labelled credit after the caption', () => {
  it('reads "... Malaysia. Photo: Google Maps" as a caption, but not a sentence about a photo', () => {
    expect(isPhotoCaption('Penang Immigration Department, Malaysia. Photo: Google Maps')).toBe(true);
    expect(isPhotoCaption('Kantor imigrasi Batam. Foto: Dok. Humas')).toBe(true);
    expect(isPhotoCaption('The police released a photo of the suspect on Monday.')).toBe(false);
  });

  it('reads a document credit without a colon after the caption, but not a sentence about a document', () => {
    expect(isPhotoCaption('Kepala Bidang Fasilitas Kepabeanan dan Cukai Kanwil DJBC Aceh, Leni Rahmasari. Dokumen untuk dialeksis.com.')).toBe(true);
    expect(isPhotoCaption('Petugas memeriksa kapal di Batam. Dok. Humas Polda Kepri')).toBe(true);
    expect(isPhotoCaption('Polisi menyita barang bukti. Dokumen itu diserahkan kepada jaksa pada hari Senin, lalu diperiksa oleh tim penyidik dari kejaksaan.')).toBe(false);
  });
});

describe('isClutterLine: captions printed twice and agency credits after a slash', () => {
  const caption = 'Two ministers open a joint office against cyber crime. (Wire Photo/Ana Putri)';

  it('drops one caption printed twice in a row on one line, however long', () => {
    const doubled = `${caption} ${caption}`;
    expect(doubled.length).toBeGreaterThan(150);
    expect(isClutterLine(doubled)).toBe(true);
  });

  it('keeps a sentence that only repeats part of itself', () => {
    expect(isClutterLine('Police said they would act. Police said they would act soon, the minister added.')).toBe(false);
  });

  it('reads a line closed by a slash and an agency in capitals as a caption', () => {
    expect(isPhotoCaption('Sugiarto - Menteri Luar Negeri Indonesia / AP')).toBe(true);
    expect(isPhotoCaption('Kerja sama Indonesia dan/atau Malaysia')).toBe(false);
  });
});

describe('isRelatedBlockLead', () => {
  it('takes a lead alone on its line for the head of a block of stories, and an inline lead for none', () => {
    expect(['BACA JUGA', 'Berita Terkait', 'Related stories:'].map(isRelatedBlockLead)).toEqual([true, true, true]);
    expect(isRelatedBlockLead('Baca juga: Polisi Tangkap Penipu')).toBe(false);
    expect(isRelatedBlockLead('Penulis')).toBe(false);
  });
});
