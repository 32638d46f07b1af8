import { describe, expect, it } from 'vitest';
import {
  buildRelatedEntries,
  entryRefKey,
  featuresOf,
  maxDocumentFrequency,
  MAX_POSTINGS,
  type RelatableEntry,
} from '../../../src/lib/graph/related-entries.ts';

function entry(kind: 'studies' | 'news', id: string, features: Partial<Omit<RelatableEntry, 'ref'>>): RelatableEntry {
  return {
    ref: { kind, id },
    concepts: [],
    legalInstruments: [],
    organisations: [],
    people: [],
    countries: [],
    citedWorks: [],
    ...features,
  };
}

const CORPUS = [
  entry('news', 'scam-conference-a', {
    concepts: ['online-scam', 'human-trafficking'],
    legalInstruments: ['bali-process'],
    people: ['Arrmanatha C. Nasir'],
    organisations: ['Kementerian Luar Negeri (Kemlu)'],
    countries: ['ID', 'TH'],
  }),
  entry('studies', 'cambodia-trafficking', { concepts: ['human-trafficking', 'bilateral-cooperation'], countries: ['ID', 'KH'] }),
  entry('news', 'scam-conference-b', {
    concepts: ['online-scam', 'cybercrime'],
    legalInstruments: ['bali-process'],
    people: ['Arrmanatha Nasir'],
    organisations: ['kementerian luar negeri (Kemlu)'],
    countries: ['ID', 'TH'],
  }),
  entry('studies', 'netherlands-cyber', {
    concepts: ['cyber-security', 'bilateral-cooperation'],
    countries: ['ID', 'NL'],
    citedWorks: ['buzan|1998', 'maier|1990', 'azizah|2020'],
  }),
  entry('studies', 'cyber-capacity', { concepts: ['cyber-security', 'malware'], countries: ['ID'], citedWorks: ['buzan|1998'] }),
  entry('studies', 'unrelated', { concepts: ['money-laundering'], countries: ['ID'] }),
];
const related = buildRelatedEntries(CORPUS);
const relatedIds = (id: string) => related.get(entryRefKey(CORPUS.find((e) => e.ref.id === id)!.ref))!.map((r) => r.ref.id);
const relation = (from: string, to: string) =>
  related.get(entryRefKey(CORPUS.find((e) => e.ref.id === from)!.ref))!.find((r) => r.ref.id === to);

describe('buildRelatedEntries', () => {
  it('puts the news item on the same conference first, and the study sharing one tag after it', () => {
    expect(relatedIds('scam-conference-a')).toEqual(['scam-conference-b', 'cambodia-trafficking']);
  });

  it('gives the shared features as the reason, a person matched without initials', () => {
    const shared = relation('scam-conference-a', 'scam-conference-b')!.shared;
    expect(shared.map((f) => `${f.kind}:${f.value}`).sort()).toEqual([
      'concept:online-scam',
      'country:TH',
      'legal:bali-process',
      'organisation:Kementerian Luar Negeri (Kemlu)',
      'person:Arrmanatha C. Nasir',
    ]);
    expect(relation('scam-conference-a', 'cambodia-trafficking')!.shared.map((f) => f.value)).toEqual(['human-trafficking']);
  });

  it('never gives a feature most entries carry as a reason', () => {
    // "ID" is on every entry of the corpus.
    const reasons = [...related.values()].flat().flatMap((r) => r.shared.map((f) => f.value));
    expect(reasons).not.toContain('ID');
  });

  it('relates studies through a cited work', () => {
    expect(relation('cyber-capacity', 'netherlands-cyber')!.shared.map((f) => `${f.kind}:${f.value}`)).toEqual([
      'work:buzan|1998',
      'concept:cyber-security',
    ]);
  });

  it('ranks a shared rare feature above a shared common one', () => {
    const corpus = [
      entry('studies', 'x', { concepts: ['rare', 'common'] }),
      entry('studies', 'shares-common', { concepts: ['common', 'own-1'] }),
      entry('studies', 'shares-rare', { concepts: ['rare', 'own-2'] }),
      entry('studies', 'also-common', { concepts: ['common', 'own-3'] }),
      entry('studies', 'filler-1', { concepts: ['own-4'] }),
      entry('studies', 'filler-2', { concepts: ['own-5'] }),
    ];
    expect(buildRelatedEntries(corpus).get('studies/x')!.map((r) => r.ref.id)).toEqual(['shares-rare', 'shares-common', 'also-common']);
  });

  it('names the rarest shared feature first, and among equally rare ones an instrument before a concept', () => {
    const corpus = [
      entry('studies', 'x', { concepts: ['common', 'rare'], legalInstruments: ['untoc'] }),
      entry('studies', 'y', { concepts: ['common', 'rare'], legalInstruments: ['untoc'] }),
      entry('studies', 'z', { concepts: ['common'], legalInstruments: ['untoc', 'other'] }),
      entry('studies', 'w', { concepts: ['own'] }),
      entry('studies', 'v', { concepts: ['own-2'] }),
      entry('studies', 'u', { concepts: ['own-3'] }),
    ];
    const shared = buildRelatedEntries(corpus).get('studies/x')![0]!.shared;
    expect(shared.map((f) => f.value)).toEqual(['rare', 'untoc', 'common']);
  });

  it('breaks a tie by input order, whichever entry the index reaches first', () => {
    const corpus = [
      entry('studies', 'x', { concepts: ['b', 'a'] }),
      entry('studies', 'y', { concepts: ['a', 'own-y'] }),
      entry('studies', 'z', { concepts: ['b', 'own-z'] }),
    ];
    const [only] = buildRelatedEntries(corpus, 1).get('studies/x')!;
    expect(only?.ref.id).toBe('y');
    expect(buildRelatedEntries(corpus).get('studies/x')!.map((r) => r.score)).toEqual([only!.score, only!.score]);
  });

  it('scores a pair the same from both sides', () => {
    expect(relation('scam-conference-a', 'scam-conference-b')!.score).toBeCloseTo(relation('scam-conference-b', 'scam-conference-a')!.score, 12);
  });

  it('leaves an entry sharing nothing telling without related entries, and keeps at most the limit', () => {
    expect(relatedIds('unrelated')).toEqual([]);
    expect(buildRelatedEntries(CORPUS, 1).get('news/scam-conference-a')!.map((r) => r.ref.id)).toEqual(['scam-conference-b']);
  });
});

describe('featuresOf', () => {
  it('takes each feature once, organisations by name whatever the case', () => {
    const features = featuresOf(entry('news', 'n', { concepts: ['a', 'a'], organisations: ['ASEAN', 'asean'], people: ['A. B.'] }));
    expect(features.map((f) => `${f.kind}:${f.key}`)).toEqual(['organisation:asean', 'concept:a']);
  });
});

describe('maxDocumentFrequency', () => {
  it.each([
    [2, 2],
    [3, 2],
    [5, 3],
    [100, 50],
    [10_000, MAX_POSTINGS],
  ])('lets a feature of a corpus of %i entries be carried by at most %i', (entries, max) => {
    expect(maxDocumentFrequency(entries)).toBe(max);
  });
});
