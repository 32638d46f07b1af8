import { chromium } from 'playwright-core';
import { serveDist } from './tests/e2e/site-server.ts';
const server = await serveDist('/work/main');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, width] = spec.split('@');
  const page = await browser.newPage({ viewport: { width: Number(width || 1280), height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + path);
  await page.waitForTimeout(path.includes('search') ? 1500 : 200);
  const name = path.replace(/[^a-z0-9]+/gi, '_') + '_' + (width || 1280);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  console.log(name, errors.join(' | '));
  await page.close();
}
await browser.close(); await server.close();
