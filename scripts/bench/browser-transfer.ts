/**
 * What a browser transfers: `dist/` served on 127.0.0.1 with gzip, as a static host sends it,
 * and Chromium's count of the encoded (compressed) bytes of every response.
 */
import type { Page } from 'playwright-core';
import { serveDist, type RunningServer } from '../../tests/e2e/site-server.ts';

/** Serves the `dist/` of the project in `projectDir` on 127.0.0.1, gzipping what a host would gzip. */
export function serveGzipped(projectDir: string): Promise<RunningServer> {
  return serveDist(projectDir, { gzip: true });
}

/** A running count of the bytes a page has received, by resource type (document, script, ...). */
export interface TransferCount {
  /** Bytes by resource type since the count started or was last reset. */
  byType(): Record<string, number>;
  total(): number;
  reset(): void;
  /** Waits until every response counted so far has been measured. */
  settled(): Promise<void>;
}

/** Starts counting the encoded body bytes of every response `page` receives. */
export function countTransfer(page: Page): TransferCount {
  let counts: Record<string, number> = {};
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    const measured = request.sizes().then(({ responseBodySize }) => {
      counts[type] = (counts[type] ?? 0) + responseBodySize;
    });
    pending.add(measured);
    void measured.finally(() => pending.delete(measured));
  });
  return {
    byType: () => ({ ...counts }),
    total: () => Object.values(counts).reduce((sum, bytes) => sum + bytes, 0),
    reset: () => {
      counts = {};
    },
    settled: async () => {
      await Promise.all(pending);
    },
  };
}
