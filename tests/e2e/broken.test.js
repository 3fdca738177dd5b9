// A deliberately broken page (fixtures/broken) proves that each gate of
// a11y.test.js fails when it should: a gate that cannot fail proves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx, launchBrowser, openPage } from './harness.js';
import { axeViolations, vnuErrors, brokenInternalReferences } from './gates.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'broken');
let server;
let browser;
let page;
before(async () => {
  server = await startNginx(FIXTURE);
  browser = await launchBrowser();
  page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
});
after(async () => { await browser?.close(); await server?.stop(); });

test('axe reports the missing alt text, the low contrast and the skipped heading', async () => {
  const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
  assert.ok(ids.includes('image-alt'), ids.join());
  assert.ok(ids.includes('color-contrast'), ids.join());
  assert.ok(ids.includes('heading-order'), ids.join());
});

test('the link check reports the link to nowhere', async () => {
  const broken = await brokenInternalReferences(page, server.origin);
  assert.deepEqual(broken, [`${server.origin}/findes-ikke/ → 404`]);
});

test('the request check reports the request to another host', () => {
  assert.deepEqual(page.foreignRequests, ['https://example.test/sporing.png']);
});

test('the Nu HTML Checker reports the duplicate id', () => {
  const errors = vnuErrors([path.join(FIXTURE, 'index.html')]);
  assert.ok(errors.some((e) => /Duplicate ID/.test(e)), errors.join('\n'));
});
