import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../../src/lib/ingest/news/dateline.ts';

describe('readDateline', () => {
  it.each([
    ['Bangkok, VIVA – Lebih dari 12.000 WNI', { place: 'Bangkok', outlet: 'VIVA', text: 'Bangkok, VIVA –' }],
    ['Jakarta (ANTARA) – Indonesia memperingatkan', { place: 'Jakarta', outlet: 'ANTARA', text: 'Jakarta (ANTARA) –' }],
    ['JAKARTA, KOMPAS.com - Polisi menangkap', { place: 'JAKARTA', outlet: 'KOMPAS.com', text: 'JAKARTA, KOMPAS.com -' }],
    ['JAKARTA, Dec 18 (Reuters) - More than', { place: 'JAKARTA', outlet: 'Reuters', text: 'JAKARTA, Dec 18 (Reuters) -' }],
    ['Jakarta, 17 Desember 2025 (ANTARA) - Menteri', { place: 'Jakarta', outlet: 'ANTARA', text: 'Jakarta, 17 Desember 2025 (ANTARA) -' }],
    ['Kuala Lumpur — The police said', { place: 'Kuala Lumpur', text: 'Kuala Lumpur —' }],
  ])('reads %j', (paragraph, dateline) => {
    expect(readDateline(paragraph)).toEqual(dateline);
  });

  it.each([
    ['Kondisi tersebut mendorong pemerintah Indonesia menegaskan'],
    ['Lebih dari 12.000 WNI – menurut data – menjadi korban'],
    ['"Kami siap," kata Menteri – lalu pergi'],
  ])('finds none in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeUndefined();
  });
});
