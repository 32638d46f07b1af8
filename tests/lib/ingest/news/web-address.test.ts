import { describe, expect, it } from 'vitest';
import { findUrls, hostOf, isAddressLine, readDomainLine } from '../../../../src/lib/ingest/news/web-address.ts';

describe('web addresses', () => {
  it('reads a line that is only a domain', () => {
    expect(readDomainLine('viva.co.id')).toBe('viva.co.id');
    expect(readDomainLine('https://www.antaranews.com/')).toBe('antaranews.com');
    expect(readDomainLine('Kemlu: 12.000 WNI')).toBeUndefined();
    expect(readDomainLine('12.000')).toBeUndefined();
  });

  it("does not read an image's file name under a photo as a site's domain", () => {
    expect(readDomainLine('Pelabuhan-Batam-Center.jpg')).toBeUndefined();
    expect(readDomainLine('buronan-ilustrasi-131125b.png')).toBeUndefined();
    expect(readDomainLine('batamtoday.com')).toBe('batamtoday.com');
  });

  it('finds URLs without trailing punctuation', () => {
    expect(findUrls('Lihat https://a.id/x, dan (https://b.com/y).')).toEqual(['https://a.id/x', 'https://b.com/y']);
  });

  it('gives the host without www', () => {
    expect(hostOf('https://www.viva.co.id/berita')).toBe('viva.co.id');
    expect(hostOf('not a url')).toBeUndefined();
  });
});

describe('isAddressLine', () => {
  it("takes a line that is only the site's address, links or e-mail address", () => {
    expect(['kompas.com', 'https://www.youtube.com/@newsdesk', 'redaksi@contoh.co.id', 'Email: desk@paper.com'].every(isAddressLine)).toBe(true);
  });

  it('leaves a line that says something besides the address', () => {
    expect(isAddressLine('Kirim tulisan Anda ke redaksi@contoh.co.id sebelum Jumat')).toBe(false);
    expect(isAddressLine('Profesional')).toBe(false);
  });
});
