import { describe, expect, it } from 'vitest';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { mayBeTitle, titleCandidates } from '../../../../src/lib/ingest/thesis/title-candidates.ts';

const chosenTitle = (text: string) => chooseCandidate(titleCandidates(readFrontLines(text)));

describe('titleCandidates', () => {
  it('joins a capitals block over the study type, repeated covers adding up', () => {
    const cover = 'PENERAPAN ASAS RESIPROSITAS DALAM PENGEMBALIAN\n\nPELAKU TINDAK PIDANA KE NEGARA ASAL\n\nSKRIPSI\n\nOleh\n\nMUHAMMAD NABILWAN FARHAN PUTRA\n\n170710101333\n\nFAKULTAS HUKUM\n\n';
    const choice = chosenTitle(`Anda di halaman 1dari 81\n\n${cover}${cover}`);
    expect(choice?.value).toBe('PENERAPAN ASAS RESIPROSITAS DALAM PENGEMBALIAN PELAKU TINDAK PIDANA KE NEGARA ASAL');
    expect(choice?.score).toBeGreaterThan(0.9);
    expect(choice?.doubt).toBeUndefined();
  });

  it('keeps the Indonesian and English versions of a bilingual capitals title apart', () => {
    const text = [
      'KERJA SAMA BADAN NARKOTIKA NASIONAL DENGAN UNITED NATIONS',
      'OFFICE ON DRUGS AND CRIME DALAM MENANGGULANGI',
      'PENYALAHGUNAAN NARKOTIKA DI INDONESIA',
      'COOPERATION OF THE NATIONAL NARCOTICS AGENCY WITH THE UNITED',
      'NATIONS OFFICE ON DRUGS AND CRIME IN TACKLING NARCOTICS ABUSE IN',
      'INDONESIA',
      'Stella Simiwijaya',
      'Universitas Pelita Harapan, Tangerang',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe(
      'KERJA SAMA BADAN NARKOTIKA NASIONAL DENGAN UNITED NATIONS OFFICE ON DRUGS AND CRIME DALAM MENANGGULANGI PENYALAHGUNAAN NARKOTIKA DI INDONESIA',
    );
  });

  it("reads an article's mixed-case heading wrapped at a hyphen over its marked authors, not the journal line", () => {
    const text = [
      'Vol.42, 2015',
      'Trafficking in Persons in Indonesia: A Review on Current Anti-',
      'Trafficking Legislation Development',
      'Farhana1* Kusno Adi2 Masruchin Ru’bai3 Bambang Sugiri4',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe('Trafficking in Persons in Indonesia: A Review on Current Anti-Trafficking Legislation Development');
  });

  it("takes the sharing site's title only as weak evidence, flagged", () => {
    const choice = chosenTitle('• Tidak ada hasil yang ditemukan\nMembagikan "Kepentingan Indonesia Menandatangani Nota Kesepahaman"\nCopied!\n');
    expect(choice?.value).toBe('Kepentingan Indonesia Menandatangani Nota Kesepahaman');
    expect(choice?.doubt).toMatch(/^weak evidence/);
  });

  it('proposes no name in capitals under "Oleh" and no line of names as a title', () => {
    expect(chosenTitle('Oleh\n\nMUHAMMAD NABILWAN FARHAN PUTRA\n\n170710101333\n')).toBeUndefined();
    expect(chosenTitle('Dedy Obet(1*), Suharto Suharto(2), Henri Mujoko(3),\n(1) Naval Staff and Command College Jakarta\n')).toBeUndefined();
  });

  it('does not read a sentence of the abstract running on in lower case as a title', () => {
    expect(chosenTitle('Otoritas imigrasi negara-negara anggota ASEAN bekerja sama\ndisusun dengan kerangka kerja regional yang ada.\n')).toBeUndefined();
  });
});

describe('mayBeTitle', () => {
  it('refuses site chrome, labels and study types', () => {
    expect(['Anda di halaman 1dari 8', 'Issue: Contemporary Development in Legal Studies', 'SKRIPSI', '1 PB'].map(mayBeTitle)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(mayBeTitle('Perdagangan Perempuan di Kabupaten Magelang')).toBe(true);
  });
});
