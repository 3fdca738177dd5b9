// The "Få hjælp" box a municipality pastes into its own site: it must work
// under a strict Content-Security-Policy (no inline script or handlers), make
// no request to another server, and send a child to the national site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNginx, launchBrowser, openPage, SITE_DIR } from './harness.js';
import { axeViolations } from './gates.js';

const ENINDGANG = process.env.ENINDGANG || path.resolve('../../build/generator/enindgang');
const SOURCE = process.env.ENINDGANG_SOURCE_DIR || path.resolve('../..');
let work;
let host;
let server;
let browser;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'enindgang-embed-'));
  execFileSync(ENINDGANG, ['build', '--source', SOURCE, '--municipality', '751', '--out', path.join(work, 'bundle')]);
  // A municipality's page: its own layout, the pasted box, the files under /enindgang/.
  host = path.join(work, 'host');
  fs.mkdirSync(path.join(host, 'enindgang'), { recursive: true });
  for (const file of fs.readdirSync(path.join(work, 'bundle', 'embed'))) {
    fs.copyFileSync(path.join(work, 'bundle', 'embed', file), path.join(host, 'enindgang', file));
  }
  const snippet = fs.readFileSync(path.join(host, 'enindgang', 'faa-hjaelp.html'), 'utf8');
  fs.writeFileSync(path.join(host, 'index.html'), `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunens side for børn</title></head>
<body><main><h1>Til børn og unge</h1>${snippet}</main></body></html>`);
  // The national site's nginx.conf gives the same strict headers a careful municipality would use.
  // nginx.conf reads the lookup's maps from nginx-http.conf (the http block's part): both go together.
  for (const file of ['nginx.conf', 'nginx-http.conf']) fs.copyFileSync(path.join(SITE_DIR, file), path.join(host, file));
  server = await startNginx(host);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); if (work) fs.rmSync(work, { recursive: true, force: true }); });

test('the box works under the strict CSP, asks no other server and passes axe', async () => {
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await page.locator('#lookup-input').click();
  await page.locator('#lookup-input').pressSequentially('Ode', { delay: 30 });
  await page.locator('#lookup-listbox [role="option"]').first().waitFor();
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('a postcode sends the child to the local page on the national site', async () => {
  const page = await openPage(browser, server.origin);
  const national = [];
  await page.context().route('http://localhost:8080/**', (route) => { national.push(route.request().url()); route.fulfill({ status: 200, body: 'ok' }); });
  await page.goto(`${server.origin}/`);
  await page.locator('#lookup-input').fill('8000');
  await page.locator('#lookup-input').press('Enter');
  await page.waitForURL('http://localhost:8080/kommune/aarhus/');
  assert.deepEqual(national, ['http://localhost:8080/kommune/aarhus/']);
  await page.context().close();
});
