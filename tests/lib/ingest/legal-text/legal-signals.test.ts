import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/lib/ingest/detect-kind.ts';
import { looksLikeLegal } from '../../../../src/lib/ingest/legal-text/legal-signals.ts';
import { legalFixture } from './fixture.ts';

describe('legal kind detection', () => {
  it.each(['legal/permenkominfo-1-2023.txt', 'legal/perban-bssn-5-2020.txt', 'legal/uu-7-2001.txt', 'legal/perpres-53-2017.txt'])(
    'reads %s as a legal text, strongly',
    (path) => {
      const detection = detectKind(legalFixture(path), path);
      expect(detection.kind).toBe('legal');
      expect(detection.confidence).toBe('strong');
    },
  );

  it('gives a study that cites a regulation no more than a point', () => {
    const study =
      'Penelitian ini membahas penerapan Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik. ' +
      'Mengingat pentingnya kerja sama internasional, penulis menelaah Pasal 27 ayat (3) dalam praktik penegakan hukum.';
    expect(looksLikeLegal(study).score).toBeLessThanOrEqual(1);
  });
});
