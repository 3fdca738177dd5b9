// What a child does on the landing page: type a postcode, a town or a
// municipality, press Enter, and land on the right local page — on the Danish
// and the Arabic page, with and without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNginx, launchBrowser, openPage } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const LANDINGS = [
  { name: 'Danish', prefix: '' },
  { name: 'Arabic', prefix: '/ar' },
];

async function search(page, text) {
  const input = page.locator('#lookup-input');
  await input.click();
  await input.pressSequentially(text, { delay: 20 });
  await input.press('Enter');
}

for (const { name, prefix } of LANDINGS) {
  test(`${name} page, JavaScript: 8000 + Enter lands on Aarhus`, async () => {
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}${prefix}/`);
    await search(page, '8000');
    await page.waitForURL(`${server.origin}${prefix}/kommune/aarhus/`);
    assert.equal(await page.locator('h1').innerText(), 'Aarhus');
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(page.foreignRequests, []);
    await page.context().close();
  });

  test(`${name} page, JavaScript: 2000 opens its choice page, which offers København and Frederiksberg`, async () => {
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}${prefix}/`);
    await search(page, '2000');
    await page.waitForURL(`${server.origin}${prefix}/postnummer/2000/`);
    const links = await page.locator('main .choice-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(`${prefix}/kommune/koebenhavn/`), links.join());
    assert.ok(links.includes(`${prefix}/kommune/frederiksberg/`), links.join());
    assert.match(await page.locator('main').innerText(), /116\s?111/);
    await page.context().close();
  });

  test(`${name} page, JavaScript: a town in several municipalities opens its postcode's choice page`, async () => {
    // As without JavaScript (ChoicePostcode): the page names the municipality with most streets first.
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}${prefix}/`);
    await search(page, 'Kongens Lyngby');
    await page.waitForURL(`${server.origin}${prefix}/postnummer/2800/`);
    await page.context().close();
  });

  for (const [query, slug] of [['Århus', 'aarhus'], ['hoje taastrup', 'hoeje-taastrup'], ['Copenhagen', 'koebenhavn'],
    ['Nykøbing F', 'guldborgsund']]) {
    test(`${name} page, JavaScript: "${query}" lands on ${slug}`, async () => {
      const page = await openPage(browser, server.origin);
      await page.goto(`${server.origin}${prefix}/`);
      await search(page, query);
      await page.waitForURL(`${server.origin}${prefix}/kommune/${slug}/`);
      await page.context().close();
    });
  }

  test(`${name} page, JavaScript: 9999 says nothing was found, moves focus there and keeps the text`, async () => {
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}${prefix}/`);
    await search(page, '9999');
    const result = page.locator('#lookup-result');
    await page.waitForFunction(() => document.querySelector('#lookup-result').textContent.trim().length > 0);
    assert.match(await result.innerText(), /9999/);
    assert.match(await result.innerText(), /116\s?111/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'lookup-result');
    assert.equal(await page.locator('#lookup-input').inputValue(), '9999');
    assert.equal(page.url(), `${server.origin}${prefix}/`);
    await page.context().close();
  });

  test(`${name} page, JavaScript: a script typed into the field is shown as text, never run`, async () => {
    const page = await openPage(browser, server.origin);
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    await page.goto(`${server.origin}${prefix}/`);
    await search(page, '<script>alert(1)</script>');
    await page.waitForFunction(() => document.querySelector('#lookup-result').textContent.trim().length > 0);
    assert.equal(dialogs, 0);
    assert.equal(await page.locator('#lookup-result script, #lookup-listbox script').count(), 0);
    assert.match(await page.locator('#lookup-result').innerText(), /<script>alert\(1\)<\/script>/);
    await page.context().close();
  });

  test(`${name} page, JavaScript: suggestions follow the combobox pattern`, async () => {
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}${prefix}/`);
    const input = page.locator('#lookup-input');
    assert.equal(await input.getAttribute('role'), 'combobox');
    await input.click();
    await input.pressSequentially('Ode', { delay: 30 });
    const options = page.locator('#lookup-listbox [role="option"]');
    await options.first().waitFor();
    assert.ok((await options.count()) <= 8);
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    assert.ok(active, 'ArrowDown sets aria-activedescendant');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    await page.waitForFunction(() => document.querySelector('#lookup-status').textContent.trim().length > 0);
    await input.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForURL(/\/kommune\/[a-z-]+\/$/);
    await page.context().close();
  });

  test(`${name} page, no JavaScript: 8000 leads through the static pages to Aarhus`, async () => {
    const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(`${server.origin}${prefix}/`);
    await page.locator('#lookup-input').fill('8000');
    await page.locator('#lookup-input').press('Enter');
    await page.waitForURL(`${server.origin}${prefix}/kommune/aarhus/`);
    await page.context().close();
  });

  test(`${name} page, no JavaScript: 2000 leads to a choice of København and Frederiksberg`, async () => {
    const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(`${server.origin}${prefix}/`);
    await page.locator('#lookup-input').fill('2000');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL(`${server.origin}${prefix}/postnummer/2000/`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(`${prefix}/kommune/koebenhavn/`));
    assert.ok(links.includes(`${prefix}/kommune/frederiksberg/`));
    await page.context().close();
  });

  test(`${name} page, no JavaScript: a name leads to its local page, not to the whole list`, async () => {
    const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
    await page.goto(`${server.origin}${prefix}/`);
    await page.locator('#lookup-input').fill('Århus');
    await page.locator('#lookup-input').press('Enter');
    await page.waitForURL(`${server.origin}${prefix}/kommune/aarhus/`);
    await page.context().close();
  });

  // Issue 14: a failed search always helps — a tappable 116 111, no unrelated "Mente du".
  async function assertTappableHelpline(page, where) {
    const call = page.locator(`${where} a[href="tel:116111"]`).first();
    await call.waitFor();
    const box = await call.boundingBox();
    assert.ok(box && box.width >= 44 && box.height >= 44, `116 111 is ${JSON.stringify(box)}`);
    // Read as written on right-to-left pages too: "116" shown left of "111", not "111 116".
    const order = await call.evaluate((a) => {
      const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.search(/116[\s\u00a0]111/);
        if (at < 0) continue;
        const left = (from) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, from + 3); return r.getBoundingClientRect().left; };
        return left(at) < left(at + 4) ? 'in order' : 'swapped';
      }
      return 'no 116 111 in the text';
    });
    assert.equal(order, 'in order', `${where}: ${await call.innerText()}`);
  }

  for (const [query, letter] of [['asdf', 'A'], ['qwerty', 'R']]) {
    test(`${name} page, JavaScript: "${query}" offers 116 111 and the list at ${letter}, no unrelated suggestion`, async () => {
      const page = await openPage(browser, server.origin, { viewport: { width: 320, height: 568 } });
      await page.goto(`${server.origin}${prefix}/`);
      await search(page, query);
      const result = page.locator('#lookup-result');
      await page.waitForFunction(() => document.querySelector('#lookup-result').textContent.trim().length > 0);
      await assertTappableHelpline(page, '#lookup-result');
      assert.equal(await result.locator('ul').count(), 0, `suggested: ${await result.innerText()}`);
      const hrefs = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.includes(`${prefix}/kommune/#bogstav-${letter}`), hrefs.join());
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }

  for (const [query, slug] of [['Christiansø', 'christiansoe'], ['Nuuk', 'groenland'], ['3900', 'groenland']]) {
    test(`${name} page, JavaScript: "${query}" is answered kindly on /steder/${slug}/ with 116 111`, async () => {
      const page = await openPage(browser, server.origin, { viewport: { width: 320, height: 568 } });
      await page.goto(`${server.origin}${prefix}/`);
      await search(page, query);
      await page.waitForURL(`${server.origin}${prefix}/steder/${slug}/`);
      await assertTappableHelpline(page, 'main .lookup-not-found');
      if (slug === 'christiansoe') assert.equal(await page.locator(`main a[href="${prefix}/kommune/bornholm/"]`).count(), 1);
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }
}

test('every postcode shortcut leads somewhere that exists (sample incl. shared postcodes)', async () => {
  const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
  for (const code of ['8000', '2000', '2640', '4100', '3760', '9990', '5970', '6200']) {
    const response = await page.request.get(`${server.origin}/postnummer/${code}/`);
    assert.equal(response.status(), 200, code);
  }
  await page.goto(`${server.origin}/kommune/751/`);
  await page.waitForURL(`${server.origin}/kommune/aarhus/`);
  await page.context().close();
});
