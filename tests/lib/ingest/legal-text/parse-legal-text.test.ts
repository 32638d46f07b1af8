import { describe, expect, it } from 'vitest';
import { parseLegalText } from '../../../../src/lib/ingest/legal-text/parse-legal-text.ts';
import { legalFixture } from './fixture.ts';

describe('parseLegalText', () => {
  it('reads a regulation into entry fields, its title in running case', () => {
    const { data, review, relations } = parseLegalText(legalFixture('legal/perpres-53-2017.txt'));
    expect(data).toMatchObject({
      kind: 'presidential-regulation',
      title: { id: 'Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara' },
      citation: { form: 'perpres', number: '53', year: 2017 },
      number: '53',
      year: 2017,
      issuer: 'PRESIDEN REPUBLIK INDONESIA',
      jurisdiction: 'Indonesia',
      adopted: '2017-05-19',
    });
    expect(data.legalBasis).toEqual([
      { text: 'Pasal 4 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945', cites: 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945', targets: [] },
    ]);
    expect(relations.map((relation) => relation.type)).toEqual(['legal_basis']);
    expect(review.map((flag) => flag.field)).toEqual(['title.en', 'title.id', 'summary']);
  });

  it('names the ministry in the title and flags every part a partial copy lacks', () => {
    const { data, review } = parseLegalText(legalFixture('legal/permenkominfo-1-2023.txt'));
    expect(data.title.id).toBe(
      'Peraturan Menteri Komunikasi dan Informatika Nomor 1 Tahun 2023 tentang Interoperabilitas Data dalam Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik dan Satu Data Indonesia',
    );
    expect(data.enacted).toBeUndefined();
    expect(review.map((flag) => flag.field)).toEqual(expect.arrayContaining(['enacted', 'promulgated', 'gazette']));
  });

  it('invents no number or year a copy left blank, and says so', () => {
    const { data, review } = parseLegalText(legalFixture('real/dev/legal/perpres-53-2017-bssn-unnumbered-dokumentips.txt'));
    expect(data.number).toBeUndefined();
    expect(data.citation).toBeUndefined();
    expect(review.map((flag) => flag.field)).toEqual(expect.arrayContaining(['number', 'citation']));
  });
});
