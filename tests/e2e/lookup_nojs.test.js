// The lookup without JavaScript (issue 14, item 4): the form submits to
// <prefix>/kommune/?q=…, and the real generated nginx.conf and nginx-http.conf
// send the query to its page: a municipality, a postcode's choice, a special
// place, or the list at the query's letter with a note and 116 111.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNginx, launchBrowser, openPage } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// What a child types → where nginx sends them (below the language prefix).
const CASES = [
  ['Aarhus', '/kommune/aarhus/'],
  ['Århus', '/kommune/aarhus/'],
  ['aarhus', '/kommune/aarhus/'],
  ['ÅRHUS', '/kommune/aarhus/'],
  ['  Aarhus  ', '/kommune/aarhus/'],
  ['Hedehusene', '/postnummer/2640/'],
  ['Odense C', '/kommune/odense/'],
  ['8000', '/postnummer/8000/'],
  ['Høje Tåstrup', '/kommune/hoeje-taastrup/'],
  ['Christiansø', '/steder/christiansoe/'],
  ['Nuuk', '/steder/groenland/'],
  ['3900', '/steder/groenland/'],
  ['FO 100', '/steder/faeroeerne/'],
  ['asdf', '/kommune/ikke-fundet/a/'],
  ['qwerty', '/kommune/ikke-fundet/r/'],
];

for (const prefix of ['', '/ar']) {
  for (const [query, path] of CASES) {
    test(`no JavaScript${prefix ? ` (${prefix})` : ''}: "${query}" reaches ${path}`, async () => {
      const page = await openPage(browser, server.origin, { javaScriptEnabled: false, viewport: { width: 320, height: 568 } });
      await page.goto(`${server.origin}${prefix}/`);
      await page.locator('#lookup-input').fill(query);
      await page.locator('#lookup-input').press('Enter');
      await page.waitForURL(`${server.origin}${prefix}${path}`);
      if (path.startsWith('/steder/') || path.includes('ikke-fundet')) {
        const call = page.locator('main .lookup-not-found a[href="tel:116111"]');
        const box = await call.boundingBox();
        assert.ok(box && box.width >= 44 && box.height >= 44, `116 111 is ${JSON.stringify(box)}`);
      }
      await page.context().close();
    });
  }
}

test('no JavaScript: the not-found page lists the municipalities at the letter, and the A–Å index', async () => {
  const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
  await page.goto(`${server.origin}/kommune/?q=asdf`);
  await page.waitForURL(`${server.origin}/kommune/ikke-fundet/a/`);
  // It says the name was not found: not the 404 page's "the page does not exist".
  assert.equal(await page.locator('main h1').innerText(), 'Vi fandt det ikke');
  assert.match(await page.locator('main .lookup-not-found').innerText(), /Vi kender ikke det, du skrev/);
  const names = await page.locator('main .municipality-list a').allInnerTexts();
  assert.ok(names.includes('Assens') && names.includes('Albertslund'), names.join());
  assert.ok(!names.includes('Aarhus'), 'Aarhus is under Å in Danish');
  assert.ok((await page.locator('main .letter-index a[href="/kommune/#bogstav-Å"]').count()) === 1);
  await page.context().close();
});

test('no JavaScript: a crafted query only ever reaches a page of the site', async () => {
  for (const q of ['"; return 302 http://evil.example/;', '%0d%0aLocation: http://evil.example/', '//evil.example',
    '\\evil.example', 'x'.repeat(3000), '$enindgang_q', 'default']) {
    const response = await fetch(`${server.origin}/kommune/?q=${encodeURIComponent(q)}`, { redirect: 'manual' });
    assert.equal(response.status, 302, q);
    const location = new URL(response.headers.get('location'), server.origin);
    assert.equal(location.origin, server.origin, q);
    assert.match(location.pathname, /^\/kommune\/ikke-fundet\/([a-z]+\/)?$/, q);
  }
  // An empty query shows the list itself.
  assert.equal((await fetch(`${server.origin}/kommune/?q=`, { redirect: 'manual' })).status, 200);
  assert.equal((await fetch(`${server.origin}/nginx-http.conf`, { redirect: 'manual' })).status, 404);
});
