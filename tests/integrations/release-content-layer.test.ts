import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import releaseContentLayer, { astroContentLayer } from '../../src/integrations/release-content-layer.ts';

function fakeLogger() {
  return { warn: vi.fn(), info: vi.fn() } as unknown as AstroIntegrationLogger & { warn: ReturnType<typeof vi.fn> };
}

async function startBuild(integration: ReturnType<typeof releaseContentLayer>, logger: AstroIntegrationLogger) {
  const hook = integration.hooks['astro:build:start'];
  if (!hook) throw new Error('no astro:build:start hook');
  await hook({ logger } as Parameters<typeof hook>[0]);
}

describe('astroContentLayer', () => {
  // Fails when an Astro upgrade moves the singleton, so that the loss is seen here and not only in memory figures.
  it("finds the installed Astro's content-layer singleton", async () => {
    const holder = await astroContentLayer();
    expect(holder).toBeDefined();
    expect(typeof holder?.dispose).toBe('function');
  });
});

describe('releaseContentLayer', () => {
  it('disposes of the content layer when the build starts', async () => {
    const holder = { dispose: vi.fn() };
    const logger = fakeLogger();
    await startBuild(releaseContentLayer(async () => holder), logger);
    expect(holder.dispose).toHaveBeenCalledOnce();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns and goes on when the singleton is not found', async () => {
    const logger = fakeLogger();
    await startBuild(releaseContentLayer(async () => undefined), logger);
    expect(logger.warn).toHaveBeenCalledOnce();
  });
});
