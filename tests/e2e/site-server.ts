/**
 * Building a Lintas project folder and serving its `dist/` on 127.0.0.1, for browser tests.
 * The build runs as `npm run build` runs it (`scripts/build.ts`: `astro build`, then the search
 * index, in a child process); the files are served by a
 * plain static server rather than `astro preview`, which allows one preview per project and
 * would clash with a site the developer is already previewing. Like a static host, it sends
 * the headers `dist/_headers` gives each path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { parseHeadersFile, rulesMatching } from '../../src/integrations/headers-file.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the project folder `root` with the repository's build script; throws with its output if it fails. */
export function buildSite(root: string): void {
  const build = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed in ${root}:\n${build.stdout}\n${build.stderr}`);
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The headers `dist/_headers` gives a URL path, as a static host reading that file sends them. */
function headersFromFile(dist: string): (path: string) => [string, string][] {
  const file = join(dist, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  return (path) => rulesMatching(rules, path).map(({ policy }) => ['Content-Security-Policy', policy]);
}

/**
 * Serves `root`'s `dist/` on a free port of 127.0.0.1. With `gzip`, responses are compressed for
 * clients that accept it, as most hosts do (the benchmark counts bytes as a browser receives them).
 */
export function serveDist(root: string, options: { gzip?: boolean } = {}): Promise<RunningServer> {
  const headersFor = headersFromFile(join(root, 'dist'));
  const serve = sirv(join(root, 'dist'), {
    dev: true,
    etag: true,
    setHeaders: (res, pathname) => {
      // Joined like a host joins two matching rules: each policy is enforced.
      const policies = headersFor(pathname).map(([, value]) => value);
      if (policies.length > 0) res.setHeader('Content-Security-Policy', policies);
    },
  });
  const respond = (req: IncomingMessage, res: ServerResponse) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  const gzip = options.gzip ? compression() : undefined;
  const server: Server = createServer((req, res) => (gzip ? gzip(req as never, res as never, () => respond(req, res)) : respond(req, res)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || !address) return reject(new Error('the test server has no port'));
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
