// WCAG 2.1 AA and more, in a real browser, on the real site served by nginx:
// axe-core (with and without JavaScript), the Nu HTML Checker, no request to
// any other host, no console error, every internal reference resolves, no
// horizontal scrolling at 320 CSS px, targets of at least 24×24 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNginx, launchBrowser, openPage, SITE_DIR } from './harness.js';
import { pagesToCheck, fileOf } from './pages.js';
import { axeViolations, vnuErrors, brokenInternalReferences } from './gates.js';

let server;
let browser;
// One page per mode, reused from test to test: a new browser context per page
// would leave a renderer process behind for each of the ~300 pages.
let withScript;
let withoutScript;
before(async () => {
  server = await startNginx();
  browser = await launchBrowser();
  withScript = await openPage(browser, server.origin, { viewport: { width: 320, height: 640 } });
  // "Without JavaScript": the site's scripts are not loaded. (axe itself needs JavaScript, so the
  // context keeps it on; the site has no inline scripts, so blocking its script files is the same.)
  withoutScript = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await withoutScript.route(/\.js$/, (route) => route.abort());
});
after(async () => { await browser?.close(); await server?.stop(); });

function reset(page) {
  page.consoleErrors.length = 0;
  page.foreignRequests.length = 0;
  return page;
}

const { content, generated } = pagesToCheck(SITE_DIR);
const checkedReferences = new Map();

// Pages that only redirect (meta refresh) are checked without the refresh, so axe sees them.
async function visit(page, path) {
  const url = `${server.origin}${path}`;
  const withoutRefresh = async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    await route.fulfill({ response, body });
  };
  await page.route(url, withoutRefresh);
  await page.goto(url);
  await page.unroute(url, withoutRefresh);
}

async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
      problems.push(`horizontal scrolling: ${document.documentElement.scrollWidth}px wide at ${document.documentElement.clientWidth}px`);
    }
    // 2.5.8: targets at least 24×24 px, except links inside running text.
    for (const el of document.querySelectorAll('button, input, select, a')) {
      const inText = el.tagName === 'A' && el.closest('p, li, dd, td') && !el.matches('.phone, .call-to-action, .quick-exit-button, nav a');
      const style = getComputedStyle(el);
      if (inText || style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      if (el.classList.contains('skip-link')) continue;  // off-screen until focused
      const box = el.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) problems.push(`target ${el.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);
    }
    return problems;
  });
}

for (const path of [...content, ...generated]) {
  test(`${path}: axe, layout at 320 px, requests, console and references`, async () => {
    const page = reset(withScript);
    await visit(page, path);
    assert.deepEqual(await axeViolations(page), [], 'axe violations');
    assert.deepEqual(await layoutProblems(page), [], 'layout');
    assert.deepEqual(page.consoleErrors, [], 'console errors');
    assert.deepEqual(page.foreignRequests, [], 'requests to other hosts');
    assert.deepEqual(await brokenInternalReferences(page, server.origin, checkedReferences), [], 'broken references');
  });
}

for (const path of content) {
  test(`${path}: axe without JavaScript`, async () => {
    const page = reset(withoutScript);
    await page.goto(`${server.origin}${path}`);
    assert.deepEqual(await axeViolations(page), []);
  });
}

test('the Nu HTML Checker finds no error on any checked page', () => {
  const files = [...content, ...generated].map((p) => fileOf(SITE_DIR, p));
  assert.deepEqual(vnuErrors(files), []);
});
