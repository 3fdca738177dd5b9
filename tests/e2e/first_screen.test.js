// Help on the first screen (issue 14): on a small phone, with and without
// JavaScript, a scared child sees the search field and a way to call a person
// without scrolling, and nothing (the quick exit included) covers them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx, launchBrowser, openPage, SITE_DIR, ARTIFACTS, ensureDir } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const VIEWPORTS = [{ width: 320, height: 568 }, { width: 390, height: 844 }];
const LANDINGS = ['/', '/ar/', '/en/', '/uk/'];
const LOCAL_PAGES = ['/kommune/aarhus/', '/kommune/assens/', '/postnummer/2640/'];
const MIN_TARGET = 44;

// Runs in the page: is one of the elements that match `selector` entirely inside the
// viewport, at least 44 × 44 px, and the topmost element at its centre and corners?
// Returns null when one is, else what is wrong with the best candidate.
function firstScreenProblem([selector, minTarget]) {
  const problems = [];
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    const where = `${el.outerHTML.slice(0, 60)} at x=${Math.round(box.left)} y=${Math.round(box.top)} ` +
      `${Math.round(box.width)}×${Math.round(box.height)}`;
    if (box.width < minTarget || box.height < minTarget) { problems.push(`${where}: smaller than ${minTarget} px`); continue; }
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) {
      problems.push(`${where}: not inside the ${innerWidth}×${innerHeight} first screen`);
      continue;
    }
    // Corners a little inside: hit testing follows rounded corners.
    const inset = 6;
    const points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset], [box.left + inset, box.bottom - inset], [box.right - inset, box.bottom - inset]];
    const covered = points.map(([x, y]) => [x, y, document.elementFromPoint(x, y)])
      .find(([, , hit]) => !hit || !(hit === el || el.contains(hit)));
    if (covered) {
      const [x, y, hit] = covered;
      problems.push(`${where}: covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit ? hit.outerHTML.slice(0, 60) : 'nothing'}`);
      continue;
    }
    return null;
  }
  return problems.length ? problems.join('; ') : `no element matches ${selector}`;
}

async function assertOnFirstScreen(page, selector, label) {
  const problem = await page.evaluate(firstScreenProblem, [selector, MIN_TARGET]);
  assert.equal(problem, null, `${label}: ${selector}: ${problem}`);
}

// y of the first match's top edge, for the report and the screenshots' names.
async function topOf(page, selector) {
  return page.evaluate((s) => { const el = document.querySelector(s); return el ? Math.round(el.getBoundingClientRect().top) : null; }, selector);
}

function shotName(url, viewport, js) {
  const name = url.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'da';
  return `first-screen-${name}-${viewport.width}x${viewport.height}-${js ? 'js' : 'nojs'}.png`;
}

for (const viewport of VIEWPORTS) {
  for (const javaScriptEnabled of [true, false]) {
    const mode = `${viewport.width}×${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
    test(`${mode}: the search field and 116 111 are on the first screen, uncovered, big enough`, async () => {
      const page = await openPage(browser, server.origin, { viewport, javaScriptEnabled });
      const dir = ensureDir(path.join(ARTIFACTS, 'screenshots'));
      for (const url of [...LANDINGS, ...LOCAL_PAGES]) {
        await page.goto(`${server.origin}${url}`);
        await page.screenshot({ path: path.join(dir, shotName(url, viewport, javaScriptEnabled)) });
        const label = `${url} at ${mode} (116 111 at y=${await topOf(page, 'a[href="tel:116111"]')}, ` +
          `search at y=${await topOf(page, '#lookup-input')})`;
        await assertOnFirstScreen(page, 'a[href="tel:116111"]', label);
        if (LANDINGS.includes(url)) await assertOnFirstScreen(page, '#lookup-input', label);
      }
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }
}

// Every local page the site has, in every language, read from the built folder.
function localPages() {
  const pages = [];
  const languages = ['', ...fs.readdirSync(SITE_DIR).filter((d) => /^[a-z]{2}$/.test(d))];
  for (const lang of languages) {
    const dir = path.join(SITE_DIR, lang, 'kommune');
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      // Number shortcuts (/kommune/751/) only redirect to the named page.
      if (/^\d+$/.test(slug) || !fs.existsSync(path.join(dir, slug, 'index.html'))) continue;
      pages.push(`${lang ? `/${lang}` : ''}/kommune/${slug}/`);
    }
  }
  return pages;
}

test('every local page of every language has a tel: action on its first screen at 320×568', async () => {
  const pages = localPages();
  assert.ok(pages.length >= 4 * 98, `only ${pages.length} local pages found in ${SITE_DIR}`);
  // A bare context: without openPage's request routing each of the ~400 visits is several times faster,
  // and a local page loads nothing from elsewhere (a11y.test.js checks that).
  const context = await browser.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
  const page = await context.newPage();
  const failures = [];
  for (const url of pages) {
    await page.goto(`${server.origin}${url}`);  // 'load': without a script, DOMContentLoaded may come before the style sheet
    const problem = await page.evaluate(firstScreenProblem, ['a[href^="tel:"]', MIN_TARGET]);
    if (problem) failures.push(`${url}: ${problem}`);
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${pages.length} local pages fail`);
  await context.close();
});
