import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkModules } from '../../../scripts/bench/scratch-project.ts';

const root = mkdtempSync(join(tmpdir(), 'lintas-link-modules-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('linkModules', () => {
  it('links every package but leaves out the caches a project keeps for itself', () => {
    const modules = join(root, 'modules');
    for (const name of ['astro', '@astrojs', '.bin', '.astro', '.vite', '.vite-temp']) mkdirSync(join(modules, name), { recursive: true });
    writeFileSync(join(modules, '.package-lock.json'), '{}');
    const project = join(root, 'project');
    linkModules(modules, project);
    const linked = join(project, 'node_modules');
    expect(lstatSync(linked).isSymbolicLink()).toBe(false);
    expect(readdirSync(linked).sort()).toEqual(['.bin', '.package-lock.json', '@astrojs', 'astro']);
    expect(readlinkSync(join(linked, 'astro'))).toBe(join(modules, 'astro'));
  });
});
