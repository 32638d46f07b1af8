import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/lib/ingest/news/quotes.ts';

const body = (...paragraphs: string[]): string => paragraphs.join('\n\n');

describe('extractQuotes', () => {
  it('reads curly and straight quotes, dropping the comma that belongs to the attribution', () => {
    const quotes = extractQuotes(
      body(
        'Menteri Luar Negeri Retno Marsudi hadir di Jakarta.',
        '“Kita harus bekerja sama lebih erat,” kata Retno.',
        '"Tidak ada negara yang bisa sendirian." ujar Retno.',
      ),
    );
    expect(quotes).toEqual([
      { text: 'Kita harus bekerja sama lebih erat', speaker: 'Retno Marsudi' },
      { text: 'Tidak ada negara yang bisa sendirian.', speaker: 'Retno Marsudi' },
    ]);
  });

  it('resolves "ujarnya" and "katanya" to the last person named as speaking', () => {
    const quotes = extractQuotes(
      body(
        'Kepala Bareskrim Polri Komjen Wahyu Widada dan Duta Besar Budi Santoso hadir.',
        'Menurut Wahyu, kerja sama berjalan baik.',
        '"Kami akan terus memburu para pelaku," ujarnya.',
        'Budi mengatakan kedutaan membantu pemulangan.',
        '“Semua korban sudah kami data dengan lengkap,” katanya.',
      ),
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Wahyu Widada', 'Budi Santoso']);
  });

  it('reads a speaker named before the quote', () => {
    const quotes = extractQuotes('Juru Bicara Kemlu Roy Soemirat mengatakan, "Kami terus memantau situasi di sana."');
    expect(quotes).toEqual([{ text: 'Kami terus memantau situasi di sana.', speaker: 'Roy Soemirat' }]);
  });

  it('reads English attributions, before and after the speaker, and "he said"', () => {
    const quotes = extractQuotes(
      body(
        'Deputy Foreign Minister Arrmanatha Nasir spoke in Bangkok.',
        '"No country can face this threat alone," Nasir said.',
        '"Cooperation creates security for everyone," he said.',
        '"We need to act quickly and together," said Arrmanatha.',
      ),
    );
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Arrmanatha Nasir', 'Arrmanatha Nasir', 'Arrmanatha Nasir']);
  });

  it('leaves the speaker out when the text does not say who spoke', () => {
    expect(extractQuotes('"Ini adalah kutipan tanpa sumber yang jelas," ujarnya.')).toEqual([
      { text: 'Ini adalah kutipan tanpa sumber yang jelas' },
    ]);
    expect(extractQuotes('"Kami menolak semua tuduhan itu," kata Kemlu.')).toEqual([
      { text: 'Kami menolak semua tuduhan itu' },
    ]);
  });

  it('skips short terms in scare quotes', () => {
    expect(extractQuotes('Modus "love scam" dan "online scam" marak, kata polisi.')).toEqual([]);
  });
});

describe('extractQuotes with a role in lower case before the speaker', () => {
  it('gives "..., Foreign Ministry spokesperson X told The Jakarta Post" to X', () => {
    const quotes = extractQuotes(
      body(
        '"We keep rescuing the same kind of victims from the same compounds," Foreign Ministry spokesperson Ratna Widjaja told The Jakarta Post.',
        '"Only cross-border policing can break it," Ratna said.',
      ),
    );
    expect(quotes).toEqual([
      { text: 'We keep rescuing the same kind of victims from the same compounds', speaker: 'Ratna Widjaja' },
      { text: 'Only cross-border policing can break it', speaker: 'Ratna Widjaja' },
    ]);
  });

  it('gives no speaker when the subject before the verb is a long clause', () => {
    const quotes = extractQuotes(body('"Kami akan terus memburu para pelaku," the police in the city of Batam and the Riau Islands Sarah Putri said.'));
    expect(quotes).toEqual([{ text: 'Kami akan terus memburu para pelaku' }]);
  });
});

describe('extractQuotes with single and nested quotation marks', () => {
  it('keeps a quote within a quote inside the outer quote, its closing comma dropped', () => {
    const body = '“Manajernya bilang, ‘Kamu sudah dibeli, jadi harus kerja,’” kata Rina Marlina.';
    expect(extractQuotes(body)).toEqual([{ text: 'Manajernya bilang, ‘Kamu sudah dibeli, jadi harus kerja’', speaker: 'Rina Marlina' }]);
  });

  it('reads a statement in single quotes with "tulis X"', () => {
    const body = ['Rina Marlina kini tinggal di Cirebon.', '‘Saya tidak mau ada korban lain lagi,’ tulis Rina dalam pesannya.'].join('\n');
    expect(extractQuotes(body)).toEqual([{ text: 'Saya tidak mau ada korban lain lagi', speaker: 'Rina Marlina' }]);
  });

  it("reads straight single quotes, but not apostrophes (Jum'at, Ma’ruf)", () => {
    expect(extractQuotes("'Kami akan terus memburu para perekrut,' kata Budi Santoso.")).toEqual([
      { text: 'Kami akan terus memburu para perekrut', speaker: 'Budi Santoso' },
    ]);
    expect(extractQuotes("Pada Jum'at pagi, Ma’ruf dan Qur'an kecil itu dibawa ke kantor polisi bersama saksi.")).toEqual([]);
  });

  it('gives a quote closed by "remarked" to the speaker', () => {
    const body = 'Director Surya Wibisana spoke.\n"We will answer every call within an hour," Wibisana remarked.';
    expect(extractQuotes(body)[0]?.speaker).toBe('Surya Wibisana');
  });

  it('finds the speaker of quotes deep inside one long paragraph', () => {
    const filler = 'Pemerintah terus memantau perkembangan kasus ini. '.repeat(200);
    const quotes = extractQuotes(
      `Menteri Luar Negeri Retno Marsudi hadir. ${filler}“Kita harus bekerja sama lebih erat,” kata Retno. ${filler}`,
    );
    expect(quotes).toEqual([{ text: 'Kita harus bekerja sama lebih erat', speaker: 'Retno Marsudi' }]);
  });

  it('does not take a speaker named far before the quote, outside its attribution', () => {
    const filler = 'pemerintah terus memantau perkembangan kasus ini '.repeat(10);
    const quotes = extractQuotes(`Menurut Menteri Sugiono, ${filler}dengan pernyataan berikut: “Kita harus bekerja sama lebih erat.”`);
    expect(quotes).toEqual([{ text: 'Kita harus bekerja sama lebih erat.' }]);
  });
});
