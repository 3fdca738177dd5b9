// Issue 17: a child who types their village or street lands in the right
// municipality, with and without JavaScript (the latter through the generated
// nginx.conf and nginx-http.conf), on a 320 px phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNginx, launchBrowser, openPage, SITE_DIR } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const PHONE = { viewport: { width: 320, height: 568 } };

// Village (supplementary town name in CPR's road register) → its municipality's page.
const VILLAGES = [
  ['Tjørring', 'herning'],
  ['Spørring', 'aarhus'],
  ['Lindelse', 'langeland'],
  ['Klint', 'odsherred'],
  ['tjoerring', 'herning'],
];

async function search(page, text) {
  const input = page.locator('#lookup-input');
  await input.click();
  await input.pressSequentially(text, { delay: 20 });
  await input.press('Enter');
}

for (const prefix of ['', '/ar']) {
  for (const [query, slug] of VILLAGES) {
    test(`JavaScript${prefix ? ` (${prefix})` : ''}: "${query}" lands on ${slug}`, async () => {
      const page = await openPage(browser, server.origin, PHONE);
      await page.goto(`${server.origin}${prefix}/`);
      await search(page, query);
      await page.waitForURL(`${server.origin}${prefix}/kommune/${slug}/`);
      assert.deepEqual(page.consoleErrors, []);
      assert.deepEqual(page.foreignRequests, []);
      await page.context().close();
    });

    test(`no JavaScript${prefix ? ` (${prefix})` : ''}: "${query}" reaches ${slug} through nginx`, async () => {
      const page = await openPage(browser, server.origin, { ...PHONE, javaScriptEnabled: false });
      await page.goto(`${server.origin}${prefix}/`);
      await page.locator('#lookup-input').fill(query);
      await page.locator('#lookup-input').press('Enter');
      await page.waitForURL(`${server.origin}${prefix}/kommune/${slug}/`);
      await page.context().close();
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    test(`${javaScriptEnabled ? 'JavaScript' : 'no JavaScript'}${prefix ? ` (${prefix})` : ''}: "Hundslev" offers Kerteminde and Sønderborg with postcodes`, async () => {
      const page = await openPage(browser, server.origin, { ...PHONE, javaScriptEnabled });
      await page.goto(`${server.origin}${prefix}/`);
      if (javaScriptEnabled) {
        await search(page, 'Hundslev');
      } else {
        await page.locator('#lookup-input').fill('Hundslev');
        await page.locator('#lookup-input').press('Enter');
      }
      await page.waitForURL(`${server.origin}${prefix}/by/hundslev/`);
      const links = await page.locator('main .choice-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links.sort(), [`${prefix}/kommune/kerteminde/`, `${prefix}/kommune/soenderborg/`]);
      const text = await page.locator('main .choice-list').innerText();
      assert.match(text, /5300/);
      assert.match(text, /6440/);
      assert.match(await page.locator('main').innerText(), /2015/);  // the register's date is said
      for (const a of await page.locator('main .choice-list a').all()) {
        const box = await a.boundingBox();
        assert.ok(box.height >= 44 && box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
      }
      await page.context().close();
    });
  }
}

test('JavaScript: the village file is fetched only when the first index has no answer, one file per query', async () => {
  const page = await openPage(browser, server.origin, PHONE);
  const fetched = [];
  page.on('request', (r) => { if (/\/assets\/villages-/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  await page.goto(`${server.origin}/`);
  await search(page, 'Aarhus');
  await page.waitForURL(`${server.origin}/kommune/aarhus/`);
  assert.deepEqual(fetched, []);
  await page.goto(`${server.origin}/`);
  await search(page, 'Tjørring');
  await page.waitForURL(`${server.origin}/kommune/herning/`);
  assert.equal(fetched.length, 1, fetched.join());
  assert.match(fetched[0], /\/assets\/villages-t\.[0-9a-f]{8}\.json$/);
  await page.context().close();
});

test('JavaScript: the suggestion list offers a village with its municipality as the child types', async () => {
  const page = await openPage(browser, server.origin, PHONE);
  await page.goto(`${server.origin}/`);
  const input = page.locator('#lookup-input');
  await input.click();
  // "Hundsl" still starts the postal town Hundslund; the villages come once the first index has nothing.
  await input.pressSequentially('Hundslev', { delay: 30 });
  const option = page.locator('#lookup-listbox [role="option"]', { hasText: 'Hundslev' });
  await option.first().waitFor();
  assert.match(await option.first().innerText(), /Kerteminde/);
  assert.match(await option.first().innerText(), /Sønderborg/);
  await input.fill('');
  await input.pressSequentially('Tjørr', { delay: 30 });
  await page.locator('#lookup-listbox [role="option"]', { hasText: 'Tjørring' }).first().waitFor();
  assert.match(await page.locator('#lookup-listbox [role="option"]', { hasText: 'Tjørring' }).first().innerText(), /Herning/);
  await page.context().close();
});

test('/postnummer/2640/ names Høje-Taastrup first and Gjeddesdalsvej 85 under Greve, without JavaScript', async () => {
  const page = await openPage(browser, server.origin, { ...PHONE, javaScriptEnabled: false });
  await page.goto(`${server.origin}/postnummer/2640/`);
  const names = await page.locator('main .choice-list a').allInnerTexts();
  assert.equal(names[0], 'Høje-Taastrup');
  assert.deepEqual(names.slice().sort(), ['Greve', 'Høje-Taastrup', 'Ishøj', 'Roskilde']);
  const greve = page.locator('main .street-group', { has: page.locator('h3', { hasText: 'Greve' }) });
  assert.match(await greve.innerText(), /Gjeddesdalsvej 85/);
  assert.match(await greve.innerText(), /Greve Kommune/);
  assert.equal(await page.locator('#street-input').isVisible(), false);  // no field that cannot work
  assert.match(await page.locator('main .street-choice').innerText(), /vejregisteret fra 2015/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the page is ${width} px wide`);
  await page.context().close();
});

for (const prefix of ['', '/ar']) {
  test(`JavaScript${prefix ? ` (${prefix})` : ''}: typing "Gjedde" in the street field of 2640 shows Greve`, async () => {
    const page = await openPage(browser, server.origin, PHONE);
    await page.goto(`${server.origin}${prefix}/postnummer/2640/`);
    const input = page.locator('#street-input');
    await input.waitFor({ state: 'visible' });
    await input.pressSequentially('Gjedde', { delay: 30 });
    const result = page.locator('main .street-result');
    await result.locator('a').first().waitFor();
    assert.deepEqual(await result.locator('a').allInnerTexts(), ['Greve']);
    assert.equal(await result.locator('a').getAttribute('href'), `${prefix}/kommune/greve/`);
    const visible = await page.locator('main .street-group:not([hidden]) h3').allInnerTexts();
    assert.deepEqual(visible, ['Greve']);
    // A street in no list: most of the postcode's streets are Høje-Taastrup's.
    await input.fill('');
    await input.pressSequentially('Hovedgaden', { delay: 10 });
    await result.locator('a').first().waitFor();
    assert.deepEqual(await result.locator('a').allInnerTexts(), ['Høje-Taastrup']);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
}

test('JavaScript: 2640 on the landing page opens its choice page with the street field', async () => {
  const page = await openPage(browser, server.origin, PHONE);
  await page.goto(`${server.origin}/`);
  await search(page, '2640');
  await page.waitForURL(`${server.origin}/postnummer/2640/`);
  await page.locator('#street-input').waitFor({ state: 'visible' });
  await page.context().close();
});

test('each village file is at most 20 KB gzipped', () => {
  const files = fs.readdirSync(path.join(SITE_DIR, 'assets')).filter((f) => f.startsWith('villages-'));
  assert.ok(files.length >= 20, files.join());
  for (const file of files) {
    const size = zlib.gzipSync(fs.readFileSync(path.join(SITE_DIR, 'assets', file)), { level: 9 }).length;
    assert.ok(size <= 20 * 1024, `${file}: ${size} bytes gzipped`);
  }
});

test("the landing page's lookup (fold.js + lookup.js + index) stays at most 25 KB gzipped", () => {
  const assets = fs.readdirSync(path.join(SITE_DIR, 'assets'));
  const first = assets.filter((f) => /^(fold|lookup|lookup-index)\.[0-9a-f]{8}\.(js|json)$/.test(f));
  assert.equal(first.length, 3, first.join());
  const size = first.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(SITE_DIR, 'assets', f)), { level: 9 }).length, 0);
  assert.ok(size <= 25 * 1024, `${first.join(' + ')}: ${size} bytes gzipped`);
});
