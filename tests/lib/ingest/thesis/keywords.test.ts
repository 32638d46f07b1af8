import { describe, expect, it } from 'vitest';
import { keywordsGoingOn, lostItsSeparators, parseKeywordLine, runsIntoProse, splitInlineKeywords, splitKeywordList } from '../../../../src/lib/ingest/thesis/keywords.ts';

describe('splitKeywordList', () => {
  it('splits on commas, removes emphasis and the closing full stop', () => {
    expect(splitKeywordList('*Cybercrime*, *Bilateral Cooperation*, NCB-Interpol Indonesia, *Transnational crime*.')).toEqual([
      'Cybercrime',
      'Bilateral Cooperation',
      'NCB-Interpol Indonesia',
      'Transnational crime',
    ]);
  });

  it('unwraps emphasis around the whole list', () => {
    expect(splitKeywordList('*Cybercrime, bilateral cooperation, Transnational Crime*')).toEqual(['Cybercrime', 'bilateral cooperation', 'Transnational Crime']);
  });

  it('prefers semicolons when the list uses them', () => {
    expect(splitKeywordList('ASEAN; penipuan daring, scam; kerja sama')).toEqual(['ASEAN', 'penipuan daring, scam', 'kerja sama']);
  });
});

describe('parseKeywordLine', () => {
  it.each([
    ['Kata kunci: a, b', 'Kata kunci'],
    ['Kata Kunci : a, b', 'Kata Kunci'],
    ['Keywords— a, b', 'Keywords'],
    ['Key words: a, b', 'Key words'],
    ['Keyword : *a, b*', 'Keyword'],
    ['**Keywords:** a, b', 'Keywords'],
  ])('reads %j', (line, label) => {
    expect(parseKeywordLine(line)).toEqual({ label, knownLabel: true, keywords: ['a', 'b'] });
  });

  it('reads a label alone on its line with an empty list', () => {
    expect(parseKeywordLine('Kata kunci:')).toEqual({ label: 'Kata kunci', knownLabel: true, keywords: [] });
  });

  it('accepts an unusual label before a keyword list and says so', () => {
    expect(parseKeywordLine('Kata Kerja: Perdagangan Manusia, Kerjasama Bilateral, Organisasi Internasional.')).toEqual({
      label: 'Kata Kerja',
      knownLabel: false,
      keywords: ['Perdagangan Manusia', 'Kerjasama Bilateral', 'Organisasi Internasional'],
    });
  });

  it('does not read a sentence with a colon as keywords', () => {
    expect(parseKeywordLine('Hasil penelitian: kerja sama ini berjalan efektif karena kedua negara saling percaya dan bertukar informasi secara rutin.')).toBeUndefined();
  });
});

describe('splitInlineKeywords', () => {
  it('cuts keywords run into the last sentence', () => {
    expect(splitInlineKeywords('... on a broader scale. Key terms: Human Trafficking, Bilateral Cooperation.')).toEqual({
      text: '... on a broader scale.',
      keywords: { label: 'Key terms', knownLabel: true, keywords: ['Human Trafficking', 'Bilateral Cooperation'] },
    });
  });

  it('leaves a paragraph without keywords alone', () => {
    expect(splitInlineKeywords('The study ends here. Nothing more.')).toBeUndefined();
  });
});

describe('parseKeywordLine on form lines', () => {
  it('does not take a supervisor line with degrees for an unlabelled keyword list', () => {
    expect(parseKeywordLine('Pembimbing : Dr. Wening Kusumastuti, M.A.')).toBeUndefined();
    expect(parseKeywordLine('Kata Kerja: Perdagangan Manusia, Kerjasama Bilateral')).toMatchObject({ knownLabel: false });
  });
});

describe('splitKeywordList with emphasis markers', () => {
  it.each([
    ['*perdagangan orang, penipuan daring*.', ['perdagangan orang', 'penipuan daring']],
    ['_ASEAN; Interpol_', ['ASEAN', 'Interpol']],
  ])('unwraps %j', (list, expected) => {
    expect(splitKeywordList(list)).toEqual(expected);
  });
});

describe('lostItsSeparators', () => {
  it('tells a single run of many words from a short keyword or a list', () => {
    expect(lostItsSeparators(['Security Cyber Diplomacy ASEAN OUR EYES (AOE)'])).toBe(true);
    expect(lostItsSeparators(['human trafficking'])).toBe(false);
    expect(lostItsSeparators(['ASEAN Our Eyes intelligence cooperation', 'cyber diplomacy'])).toBe(false);
  });
});

describe('runsIntoProse', () => {
  it('tells a list run into the abstract of the column beside it from a list of keywords', () => {
    expect(runsIntoProse(['border crime. This study uses the theory of transnational crime', 'drug smuggling', 'Indonesia'])).toBe(true);
    expect(runsIntoProse(['Malaysia organized crime and descriptive methods with a qualitative approach', 'Indonesia'])).toBe(true);
    expect(runsIntoProse(['Transnational organized crime', 'ASEAN Regional Forum on Security Cooperation', 'Indonesia'])).toBe(false);
  });
});

describe('splitKeywordList: middle dots and bullets', () => {
  it('splits on middle dots or bullets where the list has no semicolon', () => {
    expect(splitKeywordList('kejahatan transnasional · penyelundupan narkoba · perbatasan')).toEqual([
      'kejahatan transnasional',
      'penyelundupan narkoba',
      'perbatasan',
    ]);
    expect(splitKeywordList('border • patrol • Sulu Sea')).toEqual(['border', 'patrol', 'Sulu Sea']);
  });

  it('keeps semicolons first, so a middle dot inside a keyword stays', () => {
    expect(splitKeywordList('l·lei; narkoba')).toEqual(['l·lei', 'narkoba']);
  });
});

describe('splitKeywordList with what runs on after the list', () => {
  it.each([
    ['Internet Security, Cooperation, ASEAN Introduction As the wave of technology', ['Internet Security', 'Cooperation', 'ASEAN']],
    ['Trilateral Cooperation, Tackling Terrorism, Abu Sayyaf Pendahuluan', ['Trilateral Cooperation', 'Tackling Terrorism', 'Abu Sayyaf']],
    ['Cooperation, cyber security, Indonesia Abstrak', ['Cooperation', 'cyber security', 'Indonesia']],
    ['human trafficking, Malaysia 1. INTRODUCTION Trafficking is', ['human trafficking', 'Malaysia']],
    ['The Australian government, Bali bombings, Indonesia, countering © 2014 AENSI Publisher All rights reserved.', ['The Australian government', 'Bali bombings', 'Indonesia', 'countering']],
  ])('cuts the next heading or a copyright notice off %j', (list, expected) => {
    expect(splitKeywordList(list)).toEqual(expected);
  });

  it('keeps a keyword in lower case that names a heading word', () => {
    expect(splitKeywordList('abstract art, introduction rate')).toEqual(['abstract art', 'introduction rate']);
  });
});

describe('keywordsGoingOn', () => {
  it('reads the last keywords on the next line after a list closing on its separator', () => {
    expect(keywordsGoingOn('Illegal Fishing; Human Trafficking; Slavery;', 'Transnational Organized Crime')).toEqual(['Transnational Organized Crime']);
    expect(keywordsGoingOn('Money Laundering; Reformulation;', 'Transnational Crime.')).toEqual(['Transnational Crime']);
  });

  it('adds nothing to a closed list, nor a heading, a label or a sentence', () => {
    expect(keywordsGoingOn('Illegal Fishing; Slavery', 'Transnational Organized Crime')).toEqual([]);
    expect(keywordsGoingOn('Illegal Fishing; Slavery;', 'INTRODUCTION')).toEqual([]);
    expect(keywordsGoingOn('Illegal Fishing; Slavery;', 'Kata kunci: perbudakan')).toEqual([]);
    expect(keywordsGoingOn('Illegal Fishing; Slavery;', 'This article shows how the crews were held on board for years.')).toEqual([]);
  });
});

describe('parseKeywordLine: a label glued to its first keyword', () => {
  it('reads the list after a label whose colon was lost', () => {
    expect(parseKeywordLine('Kata kuncisatwa langka, CITES')).toEqual({ label: 'Kata kunci', knownLabel: true, keywords: ['satwa langka', 'CITES'] });
    expect(parseKeywordLine('Keywordslaw enforcement, money laundering')?.keywords).toEqual(['law enforcement', 'money laundering']);
  });

  it('leaves "Kata kuncinya" and a glued label before a sentence alone', () => {
    expect(parseKeywordLine('Kata kuncinya adalah keamanan, kedaulatan')).toBeUndefined();
    expect(parseKeywordLine('Kata kuncipenelitian ini adalah. Penelitian ini membahas keamanan laut')).toBeUndefined();
  });
});
