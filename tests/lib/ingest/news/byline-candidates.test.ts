import { describe, expect, it } from 'vitest';
import { bylineCandidates, type BylineSources } from '../../../../src/lib/ingest/news/byline-candidates.ts';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';

const none: BylineSources = { header: [], paragraphs: [], removed: [] };
const values = (sources: Partial<BylineSources>) => bylineCandidates({ ...none, ...sources }).map(({ value, score }) => ({ value, score }));

describe('bylineCandidates', () => {
  it('reads a labelled credit over the article, and one after it a little lower', () => {
    expect(values({ header: ['Oleh Rahmat Fauzi pada 12 Mei 2024, 09:15 WIB'] })).toEqual([{ value: 'Rahmat Fauzi', score: 0.85 }]);
    expect(values({ removed: ['Pewarta: Dewi Lestari'] })).toEqual([{ value: 'Dewi Lestari', score: 0.8 }]);
  });

  it('takes no writer from a block of related stories after the article, but does from an inline link before a credit', () => {
    const teaser = ['BACA JUGA', 'Sindikat Narkoba Internasional Dibongkar', 'Oleh Andi Saputra, Kompas.com'];
    expect(values({ removed: teaser })).toEqual([]);
    expect(values({ removed: ['Pewarta: Dewi Lestari', ...teaser] })).toEqual([{ value: 'Dewi Lestari', score: 0.8 }]);
    expect(values({ removed: ['Baca juga: Sindikat Narkoba Internasional Dibongkar', 'Pewarta: Dewi Lestari'] })).toEqual([
      { value: 'Dewi Lestari', score: 0.8 },
    ]);
  });

  it('reads the name heading a credit block over its place and date, the outlet crediting its staff too', () => {
    const stacked = ['Jakarta Post', '• The Jakarta Post', 'The Jakarta Post', 'Jakarta   /   Tue, April 30, 2013   /  10:35 am'];
    expect(values({ header: stacked })).toEqual([{ value: 'The Jakarta Post', score: 0.5 }]);
    expect(values({ header: ['A long summary of the story, as a sentence.', 'Nina Putri', 'Jakarta', 'Mon, October 29, 2012'] })).toEqual([
      { value: 'Nina Putri', score: 0.5 },
    ]);
    expect(values({ header: ['Nina Putri', 'Jakarta', 'Nasional'] })).toEqual([]);
    expect(values({ header: ['Nasional', 'Jakarta', 'Mon, October 29, 2012'] })).toEqual([]);
  });

  it("reads an agency's credit printed with the place it filed from", () => {
    expect(values({ header: ['| Source: AP', 'Associated Press Kuala Lumpur'] })).toEqual([{ value: 'Associated Press', score: 0.5 }]);
    expect(values({ header: ['Budi Santoso Kuala Lumpur'] })).toEqual([]);
  });

  it('reads a "Name - Outlet" byline in the header', () => {
    expect(values({ header: ['Rizky Pratama - detikNews'] })).toEqual([{ value: 'Rizky Pratama', score: 0.7 }]);
  });

  it("reads one name before the site's own domain, but not a place or a section the text writes in lower case", () => {
    expect(values({ header: ['Aziz - merdekanews.co'] })).toEqual([{ value: 'Aziz', score: 0.7 }]);
    expect(values({ header: ['Jakarta - merdekanews.co'] })).toEqual([]);
    expect(values({ header: ['Hukum - merdekanews.co'], paragraphs: ['Penegakan hukum di laut masih lemah.'] })).toEqual([]);
    expect(values({ header: ['Aziz - Patroli Maritim'] })).toEqual([]);
  });

  it('reads a name printed over its role, blank lines between', () => {
    expect(values({ header: ['Kompas.com - 11/06/2015, 14:59 WIB', 'Unoviana Kartika', '', 'Penulis'] })).toEqual([
      { value: 'Unoviana Kartika', score: 0.75 },
    ]);
    expect(values({ header: ['Unoviana Kartika', 'Jakarta'] })).toEqual([]);
  });

  it('reads a name after a writer\'s role without a colon, alone or beside the editor, when its words read as a name', () => {
    const paragraphs = ['Polisi menangkap dua tersangka penipuan daring di Jakarta pada hari Senin.'];
    expect(values({ header: ['Penulis Irfan Kamil | Editor Sabrina Asril'], paragraphs })).toEqual([{ value: 'Irfan Kamil', score: 0.7 }]);
    expect(values({ removed: ['Pewarta Dewi Lestari'], paragraphs })).toEqual([{ value: 'Dewi Lestari', score: 0.7 }]);
    // A role word opening other words ("Reporter Tewas Ditembak"): "tewas" is written in lower case in the text.
    expect(values({ header: ['Reporter Tewas Ditembak'], paragraphs: ['Seorang wartawan tewas ditembak di Papua.'] })).toEqual([]);
  });

  it('reads a name over its role with the desk or beat, and no other line there', () => {
    const paragraphs = ['Police have arrested a man and a woman in a raid.'];
    expect(values({ header: ['Andi Saputra', 'Indonesia Correspondent', 'June 12, 2023'], paragraphs })).toEqual([{ value: 'Andi Saputra', score: 0.7 }]);
    expect(values({ header: ['Andi Saputra', 'Regional Security Desk'], paragraphs })).toEqual([]);
  });

  it("reads a name, one word or more, right over the paper's credit with its place", () => {
    const paragraphs = ['Around 5,000 islanders have been trafficked, according to the agency.'];
    expect(values({ header: ['Fadli', 'The Jakarta Post/Batam'], paragraphs })).toEqual([{ value: 'Fadli', score: 0.6 }]);
    // A place over it is no writer: the paper's credit stands for its staff then.
    expect(values({ header: ['Batam', 'The Jakarta Post/Batam'], paragraphs })).toEqual([{ value: 'The Jakarta Post', score: 0.5 }]);
    expect(values({ header: ['Fadli', 'The Jakarta Post'], paragraphs })).toEqual([]);
  });

  it('reads a name alone right over the dated stamp, not a place, a medium or a section the text writes in lower case', () => {
    const paragraphs = ['Police have arrested a man and a woman in a raid on the port of Dumai.'];
    expect(values({ header: ['Andi Saputra', 'June 12, 2023 | 10:15 am'], paragraphs })).toEqual([{ value: 'Andi Saputra', score: 0.55 }]);
    expect(values({ header: ['Andi Saputra', 'Published: 10:15am, 12 Jun 2023'], paragraphs })).toEqual([{ value: 'Andi Saputra', score: 0.55 }]);
    expect(values({ header: ['Kuala Lumpur', 'June 12, 2023'], paragraphs })).toEqual([]);
    expect(values({ header: ['Jakarta Globe', 'June 12, 2023'], paragraphs })).toEqual([]);
    expect(values({ header: ['Port Raid', 'June 12, 2023'], paragraphs })).toEqual([]);
    expect(values({ header: ['Andi Saputra', 'Reporter: Budi Santoso'], paragraphs })).toEqual([{ value: 'Budi Santoso', score: 0.85 }]);
    expect(values({ header: ['Editor', 'Rina Wulandari', 'June 12, 2023'], paragraphs })).toEqual([]);
  });

  it('reads a name under a role printed alone, not a caption under a name\'s role', () => {
    const paragraphs = ['Polisi menangkap dua tersangka penipuan daring.'];
    expect(values({ header: ['Penulis', 'Irfan Kamil'], paragraphs })).toEqual([{ value: 'Irfan Kamil', score: 0.7 }]);
    expect(values({ header: ['Unoviana Kartika', 'Penulis', 'Shutterstock Ilustrasi'], paragraphs })).toEqual([{ value: 'Unoviana Kartika', score: 0.75 }]);
  });

  it('reads a name printed twice in a row (an author box), initials aside, and not a repeated heading', () => {
    const paragraphs = ['Police have arrested a man and a woman in a raid.'];
    expect(values({ header: ['Nina A. Loasana', 'Nina A. Loasana', 'The Jakarta Post'], paragraphs })).toEqual([{ value: 'Nina A. Loasana', score: 0.65 }]);
    expect(values({ header: ['Police Raid', 'Police Raid'], paragraphs })).toEqual([]);
  });

  it("reads the desk's initials closing the article, and not initials inside it", () => {
    expect(values({ paragraphs: ['Polisi menerbitkan red notice.', '(ily/kil)'] })).toEqual([{ value: 'ily/kil', score: 0.6 }]);
    expect(values({ removed: ['(rzp / aud)', 'Baca juga'] })).toEqual([{ value: 'rzp/aud', score: 0.6 }]);
    expect(values({ removed: ['Saksikan juga video ini.', '(ily/kil)'] })).toEqual([{ value: 'ily/kil', score: 0.6 }]);
    expect(values({ paragraphs: ['(ily/kil)', 'Polisi menerbitkan red notice.'] })).toEqual([]);
    expect(values({ removed: ['Baca juga', 'Satu', 'Dua', '(ily/kil)'] })).toEqual([]);
  });

  it('reads the reporter a dateline opens with', () => {
    const dateline = { place: 'Jakarta', byline: 'Rina Kusuma', text: 'Rina Kusuma, Jakarta –' };
    expect(values({ dateline })).toEqual([{ value: 'Rina Kusuma', score: 0.7 }]);
    expect(values({ dateline: { place: 'Jakarta', text: 'Jakarta –' } })).toEqual([]);
  });

  it('lets a named credit outweigh the initials', () => {
    const choice = chooseCandidate(bylineCandidates({ header: ['Penulis: Gita Anggraini'], paragraphs: ['Teks.', '(gta/has)'], removed: [] }));
    expect(choice?.value).toBe('Gita Anggraini');
  });
});
