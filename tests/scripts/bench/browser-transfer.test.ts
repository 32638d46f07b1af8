import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGzipped } from '../../../scripts/bench/browser-transfer.ts';
import type { RunningServer } from '../../e2e/site-server.ts';

const project = mkdtempSync(join(tmpdir(), 'lintas-serve-gzip-'));
const PAGE = `<!doctype html><title>t</title>${'<p>kerja sama bilateral</p>'.repeat(200)}`;
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist/index.html'), PAGE);
  server = await serveGzipped(project);
});
afterAll(async () => {
  await server.close();
  rmSync(project, { recursive: true, force: true });
});

describe('serveGzipped', () => {
  it('serves on 127.0.0.1 and gzips for a client that accepts it, as a host would', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      request(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(body.bytes.length).toBeLessThan(PAGE.length / 10);
    expect(gunzipSync(body.bytes).toString()).toBe(PAGE);
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await fetch(`${server.url}/missing/`)).status).toBe(404);
  });
});
