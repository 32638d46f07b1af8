import { describe, expect, it } from 'vitest';
import { findSpeechMentions, listSpeakers } from '../../../../src/lib/ingest/news/speakers.ts';

describe('findSpeechMentions and listSpeakers', () => {
  it('finds speakers of "ujar X", "X menyatakan", "Menurut X" and "said X", not countries or ministries', () => {
    const text = [
      'Indonesia memperingatkan ancaman itu, ujar Wakil Menteri Luar Negeri Arrmanatha C. Nasir pada Rabu.',
      'Kemlu RI menyatakan dukungan. Thailand mengatakan siap.',
      'Di Bangkok, Nasir menyatakan penipuan daring meningkat.',
      'Menurut Kepala Divisi Hubungan Internasional Polri Irjen Krishna Murti, kerja sama terus berjalan.',
    ].join('\n\n');
    const mentions = findSpeechMentions(text);
    expect(mentions.map((mention) => mention.person.name)).toEqual([
      'Arrmanatha C. Nasir',
      'Arrmanatha C. Nasir',
      'Krishna Murti',
    ]);
    expect(listSpeakers(mentions)).toEqual([
      { name: 'Arrmanatha C. Nasir', role: 'Wakil Menteri Luar Negeri' },
      { name: 'Krishna Murti', role: 'Kepala Divisi Hubungan Internasional Polri Irjen' },
    ]);
  });

  it('keeps the role from a later mention when the first gives none', () => {
    const text = 'Budi Santoso mengatakan hal itu. Kata Duta Besar Budi Santoso, semua aman.';
    expect(listSpeakers(findSpeechMentions(text))).toEqual([{ name: 'Budi Santoso', role: 'Duta Besar' }]);
  });
});

describe('findSpeechMentions and the listener of "told"', () => {
  it('does not take the paper someone spoke to for a speaker', () => {
    const text = 'Foreign Ministry spokesperson Ratna Widjaja told The Jakarta Post that talks would go on.';
    expect(findSpeechMentions(text).map((mention) => mention.person.name)).toEqual(['Ratna Widjaja']);
  });
});

describe('findSpeechMentions with "tulis", "remarked" and "wrote"', () => {
  it('finds the speaker after "tulis" and before "remarked" or "wrote"', () => {
    const text = 'Pesan itu, tulis Rina Marlina, dikirim malam hari. Surya Wibisana remarked on it. Later, Jane Doe wrote back.';
    expect(findSpeechMentions(text).map((mention) => mention.person.name)).toEqual(['Rina Marlina', 'Surya Wibisana', 'Jane Doe']);
  });
});
