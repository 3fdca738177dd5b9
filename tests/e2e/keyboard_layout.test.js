// Keyboard, layout, right-to-left, print and motion: what axe cannot see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startNginx, launchBrowser, openPage, ARTIFACTS, ensureDir } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const PAGES = ['/', '/ar/', '/rettigheder/', '/ar/ord/', '/kommune/aarhus/', '/en/kommune/', '/postnummer/2640/', '/uk/hvad-sker-der/'];

// Tabs through the page; returns what got focus, with its box and whether focus is visible.
async function tabThrough(page, max = 60) {
  const stops = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return { html: el.outerHTML.slice(0, 70), top: box.top + window.scrollY, left: box.left, right: box.right, visible, inMain: !!el.closest('main') };
    });
    if (!stop || (stops.length && stop.html === stops[0].html)) break;
    stops.push(stop);
  }
  return stops;
}

for (const url of PAGES) {
  test(`${url}: the skip link comes first, focus is always visible, tab order follows the page`, async () => {
    const page = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${url}`);
    const stops = await tabThrough(page);
    assert.match(stops[0].html, /class="skip-link"/);
    for (const stop of stops) assert.ok(stop.visible, `no visible focus on ${stop.html}`);
    // Top to bottom: each stop is not far above the one before, unless it starts the next
    // column of a multi-column list (same-line items may also wrap back a little).
    for (let i = 1; i < stops.length; i += 1) {
      const nextColumn = Math.abs(stops[i].left - stops[i - 1].left) > 50;
      assert.ok(stops[i].top >= stops[i - 1].top - 60 || nextColumn, `tab order jumps up: ${stops[i - 1].html} → ${stops[i].html}`);
    }
    await page.context().close();
  });
}

test('the skip link moves focus to the main content', async () => {
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/rettigheder/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.context().close();
});

for (const url of PAGES) {
  test(`${url}: text at 200% does not need sideways scrolling`, async () => {
    const page = await openPage(browser, server.origin, { viewport: { width: 640, height: 900 } });
    await page.goto(`${server.origin}${url}`);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(async () => {
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    });
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${overflow}px of horizontal scrolling`);
    await page.context().close();
  });
}

test('Arabic pages are right to left and the layout mirrors', async () => {
  const page = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/ar/`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const arExit = await page.locator('.quick-exit-button').boundingBox();
  const arSkip = await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')).right);
  await page.goto(`${server.origin}/`);
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  const daExit = await page.locator('.quick-exit-button').boundingBox();
  assert.ok(daExit.x > 640, 'Danish: quick exit on the right');
  assert.ok(arExit.x + arExit.width < 640, 'Arabic: quick exit on the left');
  assert.notEqual(arSkip, 'auto', 'Arabic: the skip link is placed from the right edge');
  await page.context().close();
});

// The six-item menu took the first screen on a phone (issue 14): there it is a <details>
// disclosure that opens without JavaScript; a wide screen has room and shows it open.
test('the menu is a closed disclosure on a phone that opens without JavaScript, and open on a wide screen', async () => {
  const phone = await openPage(browser, server.origin, { viewport: { width: 320, height: 568 }, javaScriptEnabled: false });
  await phone.goto(`${server.origin}/`);
  const firstLink = phone.locator('.menu nav a').first();
  assert.equal(await firstLink.isVisible(), false, 'menu links hidden until the disclosure is opened');
  await phone.locator('.menu > summary').focus();
  await phone.keyboard.press('Enter');
  assert.ok(await firstLink.isVisible(), 'Enter on "Menu" shows the menu');
  await phone.context().close();

  const wide = await openPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await wide.goto(`${server.origin}/`);
  assert.ok(await wide.locator('.menu nav a').first().isVisible(), 'menu shown open at 1280 px');
  assert.equal(await wide.locator('.menu > summary').isVisible(), false, 'no "Menu" button where the menu is shown');
  await wide.context().close();
});

test('with prefers-reduced-motion nothing moves', async () => {
  const page = await openPage(browser, server.origin);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.origin}/hvad-sker-der/`);
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return parseFloat(s.transitionDuration) > 0 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0);
  }).length);
  assert.equal(moving, 0);
  await page.context().close();
});

test('the print style hides the quick exit and the menus', async () => {
  const page = await openPage(browser, server.origin);
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${server.origin}/rettigheder/`);
  for (const selector of ['.quick-exit', '.language-switcher', '.menu']) {
    assert.equal(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), 'none', selector);
  }
  await page.context().close();
});

test('screenshots of the Danish and Arabic landing pages at 375 and 1280 px', async () => {
  const dir = ensureDir(path.join(ARTIFACTS, 'screenshots'));
  for (const [name, url] of [['da', '/'], ['ar', '/ar/']]) {
    for (const width of [375, 1280]) {
      const page = await openPage(browser, server.origin, { viewport: { width, height: 900 } });
      await page.goto(`${server.origin}${url}`);
      const file = path.join(dir, `landing-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.context().close();
    }
  }
});
