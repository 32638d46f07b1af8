/**
 * Builds the site once and serves `dist/` on 127.0.0.1 for all browser tests. The build runs as
 * `npm start` runs it (a child `astro build`); the files are served by a plain static server
 * rather than `astro preview`, which allows one preview per project and would clash with a
 * site the developer is already previewing.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/.bin/astro', import.meta.url));

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('the test server has no port'));
    });
  });
}

export default async function setup(project: TestProject) {
  const build = spawnSync(astro, ['build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);

  const serveDist = sirv(`${root}/dist`, { dev: true, etag: true });
  const server = createServer((req, res) =>
    serveDist(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  const port = await listen(server);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);

  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
