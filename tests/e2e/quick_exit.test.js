// "Forlad siden hurtigt": by mouse, by keyboard, by Shift pressed three times,
// and as a plain link without JavaScript, on every page of the site. With
// JavaScript every move within the site replaces the history entry and the
// exit replaces that one, so Back does not return to the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx, launchBrowser, openPage, SITE_DIR } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const EXIT_HOST = 'https://www.dmi.dk/';

// A neutral page stands in for the quick-exit site: the test machine has no network.
async function neutralSite(page) {
  await page.context().route(`${EXIT_HOST}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Vejret</title><h1>Vejret</h1>' }));
}

async function startOnSite(page, path) {
  await neutralSite(page);
  await page.goto(`${server.origin}/`);           // the page before, in history
  await page.goto(`${server.origin}${path}`);     // the page the child is reading
}

async function backDoesNotReturnToThePage(page, path) {
  await page.goBack();
  assert.notEqual(page.url(), `${server.origin}${path}`);
}

for (const path of ['/rettigheder/', '/ar/ord/', '/kommune/aarhus/']) {
  test(`${path}: the quick-exit button is the first thing after the skip link and leaves by mouse`, async () => {
    const page = await openPage(browser, server.origin);
    await startOnSite(page, path);
    const button = page.locator('a.quick-exit-button');
    assert.ok(await button.isVisible());
    await button.click();
    await page.waitForURL(EXIT_HOST);
    await backDoesNotReturnToThePage(page, path);
    await page.context().close();
  });
}

test('the quick exit works from the keyboard: Tab, Tab, Enter', async () => {
  const page = await openPage(browser, server.origin);
  await startOnSite(page, '/rettigheder/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'quick-exit-button');
  await page.keyboard.press('Enter');
  await page.waitForURL(EXIT_HOST);
  await backDoesNotReturnToThePage(page, '/rettigheder/');
  await page.context().close();
});

test('pressing Shift three times within five seconds leaves the page', async () => {
  const page = await openPage(browser, server.origin);
  await startOnSite(page, '/ord/');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_HOST);
  await backDoesNotReturnToThePage(page, '/ord/');
  await page.context().close();
});

test('two presses of Shift do not leave the page', async () => {
  const page = await openPage(browser, server.origin);
  await startOnSite(page, '/ord/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  assert.equal(page.url(), `${server.origin}/ord/`);
  await page.context().close();
});

test('without JavaScript the quick exit is a plain link to the neutral site', async () => {
  const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
  await startOnSite(page, '/rettigheder/');
  await page.locator('a.quick-exit-button').click();
  await page.waitForURL(EXIT_HOST);
  await page.context().close();
});

test('screen readers hear what the button does', async () => {
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/rettigheder/`);
  const name = await page.locator('a.quick-exit-button').evaluate((a) => a.textContent.replace(/\s+/g, ' ').trim());
  assert.match(name, /^Forlad siden hurtigt/);
  assert.match(name, /Shift/);
  await page.context().close();
});

for (const path of ['/om/', '/tilgaengelighed/', '/en/om/']) {
  test(`${path}: a page for adults has the quick exit too (a child reaches it from the footer)`, async () => {
    const page = await openPage(browser, server.origin);
    await startOnSite(page, path);
    await page.locator('a.quick-exit-button').click();
    await page.waitForURL(EXIT_HOST);
    await backDoesNotReturnToThePage(page, path);
    await page.context().close();
  });
}

const BEFORE = 'https://www.example.org/';  // where the child was before the site

test('after / → a content page → a local page → quick exit, Back does not show the site', async () => {
  const page = await openPage(browser, server.origin);
  await neutralSite(page);
  await page.context().route(`${BEFORE}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Søg</title><h1>Søg</h1>' }));
  await page.goto(BEFORE);
  await page.goto(`${server.origin}/`);
  const entries = await page.evaluate(() => history.length);
  await page.locator('main a[href="/hvad-sker-der/"] >> visible=true').first().click();
  await page.waitForURL(`${server.origin}/hvad-sker-der/`);
  await page.locator('a.site-name').click();
  await page.waitForURL(`${server.origin}/`);
  await page.locator('#lookup-input').fill('Aarhus');
  await page.locator('#lookup-input').press('Enter');
  await page.waitForURL(`${server.origin}/kommune/aarhus/`);
  assert.equal(await page.evaluate(() => history.length), entries, 'every move within the site replaced the entry');
  await page.locator('a.quick-exit-button').click();
  await page.waitForURL(EXIT_HOST);
  await page.evaluate(() => history.back());
  await page.waitForURL(BEFORE);
  await page.context().close();
});

test('a click with a modifier key, or on a link to another site, keeps its own meaning', async () => {
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  const replaced = await page.evaluate(() => {
    const seen = [];
    // After the site's handler (on document): note whether it took the click, then stop the navigation.
    window.addEventListener('click', (e) => { seen.push(e.defaultPrevented); e.preventDefault(); });
    const own = document.querySelector('a.site-name');
    const other = Object.assign(document.createElement('a'), { href: 'https://www.example.org/' });
    document.body.append(other);
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, {}])
      own.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    other.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return seen;
  });
  // Only the plain click on the site's own link was taken (and replaced the entry).
  assert.deepEqual(replaced, [false, false, false, false, true, false]);
  await page.context().close();
});

// Not only the pages a test opens: every HTML file the build wrote.
test('every HTML page of the built site has the quick exit and its script', () => {
  const missing = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        const html = fs.readFileSync(file, 'utf8');
        if (!html.includes('data-quick-exit') || !/<script src="\/assets\/quick_exit\.[0-9a-f]+\.js"/.test(html))
          missing.push(path.relative(SITE_DIR, file));
      }
    }
  };
  walk(SITE_DIR);
  assert.deepEqual(missing.slice(0, 20), []);
});
