import { describe, expect, it } from 'vitest';
import { readLegalHeading } from '../../../../src/lib/ingest/legal-text/heading.ts';
import { readConsiderations, readLegalBasis } from '../../../../src/lib/ingest/legal-text/preamble-items.ts';
import {
  readBasisRelations,
  readConsiderationRelations,
  readRevocations,
  readTitleRelations,
} from '../../../../src/lib/ingest/legal-text/relations.ts';
import { legalFixture } from './fixture.ts';

const titleOf = (path: string) => readLegalHeading(legalFixture(path)).title ?? '';

describe('readTitleRelations', () => {
  it('reads an amendment from "Perubahan atas ..." with the amended regulation cited', () => {
    const [relation, ...rest] = readTitleRelations(titleOf('real/dev/legal/permenkominfo-14-2017-perubahan-registrasi-pelanggan-slideshare.txt'));
    expect(rest).toEqual([]);
    expect(relation).toMatchObject({ type: 'amends', citation: { form: 'permen', number: '12', year: 2016, ministry: 'kominfo' } });
    expect(relation?.sentence).toMatch(/^PERUBAHAN ATAS PERATURAN MENTERI/);
  });

  it('reads "Perubahan Kedua atas" as an amendment too', () => {
    const [relation] = readTitleRelations('PERUBAHAN KEDUA ATAS UNDANG-UNDANG NOMOR 11 TAHUN 2008 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK');
    expect(relation).toMatchObject({ type: 'amends', citation: { form: 'uu', number: '11', year: 2008 } });
  });

  it('reads a ratification from "Pengesahan ..." with the instrument as named', () => {
    const [relation] = readTitleRelations(titleOf('real/dev/legal/uu-5-2009-pengesahan-untoc-studylib.txt'));
    expect(relation?.type).toBe('ratifies');
    expect(relation?.cited).toMatch(/^UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL ORGANIZED CRIME/);
  });

  it('reads no relation from a plain title', () => {
    expect(readTitleRelations('BADAN SIBER DAN SANDI NEGARA')).toEqual([]);
  });
});

describe('readConsiderationRelations', () => {
  it('reads an implementing regulation from "untuk melaksanakan ketentuan Pasal ..."', () => {
    const relations = readConsiderationRelations(readConsiderations(legalFixture('legal/permenkominfo-1-2023.txt')));
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ type: 'implements', citation: { form: 'perpres', number: '39', year: 2019 } });
  });

  it('reads a replacement from "untuk mengganti ..."', () => {
    const relations = readConsiderationRelations(readConsiderations(legalFixture('legal/uu-7-2001.txt')));
    expect(relations.map(({ type, citation }) => ({ type, citation }))).toEqual([
      { type: 'replaces', citation: { form: 'pp', number: '12', year: 1993 } },
    ]);
  });
});

describe('readBasisRelations', () => {
  it('gives one legal_basis per Mengingat item, the constitution included', () => {
    const relations = readBasisRelations(readLegalBasis(legalFixture('legal/permenkominfo-1-2023.txt')));
    expect(relations.map((relation) => relation.type)).toEqual(Array(6).fill('legal_basis'));
    expect(relations[0]).toMatchObject({ cited: 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945' });
    expect(relations[0]?.citation).toBeUndefined();
    expect(relations[1]).toMatchObject({ citation: { form: 'uu', number: '39', year: 2008 } });
  });
});

describe('readRevocations', () => {
  it('reads every regulation a closing provision revokes, each with the sentence', () => {
    // Perpres 28/2021, Pasal 65, as quoted at https://www.jogloabang.com/teknologi/perpres-28-2021-bssn
    const provision =
      'Pada saat Peraturan Presiden ini mulai berlaku, Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 100) sebagaimana telah diubah dengan Peraturan Presiden Nomor 133 Tahun 2017 tentang Perubahan atas Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 277), dicabut dan dinyatakan tidak berlaku.';
    const relations = readRevocations(`Pasal 64\nKetentuan lain tetap berlaku.\nPasal 65\n${provision}`);
    expect(relations.map(({ type, citation }) => [type, citation?.number])).toEqual([
      ['replaces', '53'],
      ['replaces', '133'],
    ]);
    expect(relations[0]?.sentence).toBe(provision);
  });
});
