// The site's icon: /favicon.svg, linked from every page, and /favicon.ico,
// which browsers ask for without being told. Both at fingerprint-free paths,
// served by the generated nginx.conf with their own types; no 404 in the log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startNginx, launchBrowser, openPage } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('nginx serves /favicon.svg as SVG and /favicon.ico as a real ICO', async () => {
  const svg = await fetch(`${server.origin}/favicon.svg`);
  assert.equal(svg.status, 200);
  assert.match(svg.headers.get('content-type'), /^image\/svg\+xml/);
  assert.match(await svg.text(), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const ico = await fetch(`${server.origin}/favicon.ico`);
  assert.equal(ico.status, 200);
  assert.match(ico.headers.get('content-type'), /^image\/(x-icon|vnd\.microsoft\.icon)$/);
  const bytes = Buffer.from(await ico.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 4)], [0, 0, 1, 0], 'ICONDIR: reserved 0, type 1 (icon)');
  assert.ok(bytes.readUInt16LE(4) >= 1, 'at least one image');
});

for (const path of ['/', '/ar/', '/om/', '/kommune/aarhus/', '/findes-ikke/']) {
  test(`${path} links the SVG icon and asks for nothing that is not there`, async () => {
    const page = await openPage(browser, server.origin);
    const missing = [];
    page.on('response', (r) => { if (r.status() === 404 && r.url() !== `${server.origin}${path}`) missing.push(r.url()); });
    await page.goto(`${server.origin}${path}`);
    assert.equal(await page.locator('link[rel="icon"]').getAttribute('href'), '/favicon.svg');
    assert.equal(await page.locator('link[rel="icon"]').getAttribute('type'), 'image/svg+xml');
    assert.deepEqual(missing, []);
    assert.deepEqual(page.consoleErrors.filter((e) => !/404/.test(e) || path !== '/findes-ikke/'), []);
    await page.context().close();
  });
}

test('no request for an icon ended in a 404 in nginx\'s log', () => {
  const log = fs.readFileSync(server.accessLog, 'utf8');
  assert.deepEqual(log.split('\n').filter((line) => /favicon/.test(line) && / 404 /.test(line)), []);
});
