/** Builds the site once and serves `dist/` on 127.0.0.1 for the browser tests of the bundled corpus. */
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot, serveDist } from './site-server.ts';

export default async function setup(project: TestProject) {
  buildSite(projectRoot);
  const server = await serveDist(projectRoot);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
