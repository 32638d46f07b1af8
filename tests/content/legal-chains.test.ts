/**
 * The chains the legal data sheet states come out of the bundled legal data: walked from any of
 * their instruments, in both directions. Instruments added later may lengthen a chain, never
 * break these checks, which only ask for what must be in it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLegalChainWalker, type LegalChain } from '../../src/lib/graph/legal-chain.ts';
import { legalEdges } from '../../src/lib/graph/legal-edges.ts';
import { readLegalInstruments } from '../../src/lib/ingest/content-store.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const legal = readLegalInstruments(contentDir).map(({ id, data }) => ({
  id,
  relations: (data.relations ?? []).map(({ type, target }) => ({ type, target })),
}));
const walk = buildLegalChainWalker(legalEdges(legal));
const ids = (chain: LegalChain) => chain.members.map((m) => m.id);
const stated = (chain: LegalChain) => chain.edges.map((e) => `${e.source} ${e.type} ${e.target}`);

describe('legal chains of the bundled data', () => {
  it('BSSN: Perpres 133/2017 amends Perpres 53/2017, and Perpres 28/2021 replaces both, from either end', () => {
    for (const start of ['perpres-53-2017', 'perpres-133-2017', 'perpres-28-2021']) {
      expect(stated(walk(start))).toEqual(
        expect.arrayContaining([
          'perpres-133-2017 amends perpres-53-2017',
          'perpres-28-2021 replaces perpres-53-2017',
          'perpres-28-2021 replaces perpres-133-2017',
        ]),
      );
    }
  });

  it('UNTOC: ratified by UU 5/2009, with its protocols, reached from the law that ratifies it', () => {
    const chain = walk('uu-5-2009');
    expect(stated(chain)).toEqual(
      expect.arrayContaining([
        'uu-5-2009 ratifies untoc',
        'untoc-tip-protocol protocol_of untoc',
        'untoc-som-protocol protocol_of untoc',
        'untoc-firearms-protocol protocol_of untoc',
      ]),
    );
    expect(ids(chain)).toEqual(expect.arrayContaining(['uu-14-2009', 'uu-15-2009']));
  });

  it('Permenkominfo 26/2007: its four amendments and the 2006 rule it replaced', () => {
    expect(stated(walk('permenkominfo-5-2017'))).toEqual(
      expect.arrayContaining([
        'permenkominfo-16-2010 amends permenkominfo-26-2007',
        'permenkominfo-29-2010 amends permenkominfo-26-2007',
        'permenkominfo-24-2011 amends permenkominfo-26-2007',
        'permenkominfo-5-2017 amends permenkominfo-26-2007',
        'permenkominfo-26-2007 replaces permenkominfo-27-2006',
      ]),
    );
  });
});
