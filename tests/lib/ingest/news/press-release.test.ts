import { describe, expect, it } from 'vitest';
import {
  isContactLead,
  isPressReleaseHeading,
  isReleaseNumberLine,
  readAboutIssuer,
} from '../../../../src/lib/ingest/news/press-release.ts';

describe('isPressReleaseHeading', () => {
  it.each([['SIARAN PERS'], ['Siaran Pers Bersama'], ['PRESS RELEASE'], ['Keterangan Pers'], ['FOR IMMEDIATE RELEASE']])('knows %j', (line) => {
    expect(isPressReleaseHeading(line)).toBe(true);
  });

  it.each([['Siaran pers itu dibacakan di Jakarta.'], ['Press release templates for ministries']])('rejects %j', (line) => {
    expect(isPressReleaseHeading(line)).toBe(false);
  });
});

describe('isReleaseNumberLine', () => {
  it('needs a label and a number with at least two slashes', () => {
    expect(isReleaseNumberLine('Nomor: 123/HM/KOMINFO/05/2024')).toBe(true);
    expect(isReleaseNumberLine('No. 45/PR/BP2MI/V/2024')).toBe(true);
    expect(isReleaseNumberLine('Nomor: 12')).toBe(false);
    expect(isReleaseNumberLine('Nomor rekening 123/456 diblokir')).toBe(false);
  });
});

describe('isContactLead', () => {
  it('knows contact block openers with or without a colon', () => {
    expect(isContactLead('Narahubung:')).toBe(true);
    expect(isContactLead('Narahubung')).toBe(true);
    expect(isContactLead('For further information contact:')).toBe(true);
    expect(isContactLead('Narahubung kasus ini adalah seorang perekrut asal Medan.')).toBe(false);
  });
});

describe('readAboutIssuer', () => {
  it('reads the organisation of an "about" heading', () => {
    expect(readAboutIssuer('Tentang Kementerian Komunikasi dan Informatika')).toBe('Kementerian Komunikasi dan Informatika');
    expect(readAboutIssuer('About the Ministry of Foreign Affairs')).toBe('the Ministry of Foreign Affairs');
    expect(readAboutIssuer('About The Asia Foundation')).toBe('The Asia Foundation');
  });

  it('reads no issuer from a site footer or a sentence', () => {
    expect(readAboutIssuer('Tentang Kami')).toBeUndefined();
    expect(readAboutIssuer('Tentang Badan itu, ia mengaku tidak tahu apa-apa.')).toBeUndefined();
  });
});
