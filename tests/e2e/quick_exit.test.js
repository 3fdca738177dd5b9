// "Forlad siden hurtigt": by mouse, by keyboard, by Shift pressed three times,
// and as a plain link without JavaScript. With JavaScript the page replaces
// its history entry, so Back does not return to the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNginx, launchBrowser, openPage } from './harness.js';

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

test('pages for adults have no quick exit', async () => {
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/om/`);
  assert.equal(await page.locator('a.quick-exit-button').count(), 0);
  await page.context().close();
});
