/**
 * What a browser transfers: `dist/` served on 127.0.0.1 with gzip, as a static host sends it,
 * and Chromium's count of the encoded (compressed) bytes of every response.
 */
import { createServer, type Server } from 'node:http';
import compression from 'compression';
import type { Page } from 'playwright-core';
import sirv from 'sirv';

/** A server on 127.0.0.1 and how to stop it. */
export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `distDir` on a free port of 127.0.0.1, gzipping what a host would gzip. */
export function serveGzipped(distDir: string): Promise<LocalServer> {
  const gzip = compression();
  const serve = sirv(distDir, { dev: true, etag: true });
  const server: Server = createServer((req, res) =>
    gzip(req as never, res as never, () =>
      serve(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      }),
    ),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || !address) return reject(new Error('the benchmark server has no port'));
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
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
