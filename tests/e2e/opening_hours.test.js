// Who answers now (issue 15): a local page with typed hours says, on the
// browser's clock read in Copenhagen time whatever the phone's zone, whether
// the municipality's line is open, and when it is closed puts the after-hours
// route (or BørneTelefonen 116 111) first. Without JavaScript the week shows
// as a table in the reader's language. Every number is a big tel: button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx, launchBrowser, openPage, SITE_DIR } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Assens: Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off; after hours BørneTelefonen 116 111.
const ASSENS = '/kommune/assens/';
const MOMENTS = [
  // [instant, status text, the first tel: in <main>]
  ['2026-12-07T10:00:00Z', /^Åben nu – til kl\. 15\.00$/, 'tel:+4564747517'],  // Monday 11:00 in Copenhagen
  ['2026-12-07T15:00:00Z', /^Lukket nu – åbner i morgen kl\. 10\.00$/, 'tel:116111'],  // Monday 16:00
  ['2026-12-25T10:00:00Z', /^Lukket i dag \(helligdag\) – åbner mandag kl\. 10\.00$/, 'tel:116111'],  // Christmas Day, a Friday, 11:00; 26th a Saturday
  ['2026-12-05T09:00:00Z', /^Lukket nu – åbner mandag kl\. 10\.00$/, 'tel:116111'],  // Saturday 10:00
  ['2026-12-07T07:30:00Z', /^Lukket nu – åbner i dag kl\. 10\.00$/, 'tel:116111'],  // Monday 08:30
  ['2027-03-28T08:00:00Z', /^Lukket i dag \(helligdag\) – åbner tirsdag kl\. 10\.00$/, 'tel:116111'],  // Easter Sunday 2027 (summer time) 10:00; Monday is 2. påskedag
];

for (const timezoneId of ['Europe/Copenhagen', 'America/New_York', 'Asia/Tokyo']) {
  for (const [instant, status, firstCall] of MOMENTS) {
    test(`${timezoneId}, ${instant}: Assens says ${status} and offers ${firstCall} first`, async () => {
      const page = await openPage(browser, server.origin, { timezoneId, viewport: { width: 320, height: 568 } });
      await page.clock.setFixedTime(new Date(instant));
      await page.goto(`${server.origin}${ASSENS}`);
      const box = page.locator('main [data-contact-status]');
      await box.waitFor({ state: 'visible' });
      assert.match((await box.innerText()).trim(), status);
      const first = await page.locator('main a[href^="tel:"]').first().getAttribute('href');
      assert.equal(first, firstCall);
      if (firstCall === 'tel:116111') {
        // The help bar leads with the after-hours line too; 112 stays, after it.
        const bar = await page.locator('.help-bar a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.equal(bar[0], 'tel:116111');
        assert.ok(bar.includes('tel:112'));
      }
      // Closed or open, the municipality's number is still on the page.
      assert.equal(await page.locator('main a[href="tel:+4564747517"]').count(), 1);
      assert.deepEqual(page.consoleErrors, []);
      await page.context().close();
    });
  }
}

test('closed: where the data has a route of its own (Norddjurs), it comes before 116 111 and 112', async () => {
  const page = await openPage(browser, server.origin, { timezoneId: 'America/New_York' });
  await page.clock.setFixedTime(new Date('2026-12-07T20:00:00Z'));  // Monday 21:00 in Copenhagen
  await page.goto(`${server.origin}/kommune/norddjurs/`);
  await page.locator('main [data-contact-status]').waitFor({ state: 'visible' });
  const calls = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(calls[0], 'tel:+4521736018');
  assert.ok(calls.indexOf('tel:112') > 0 && calls.indexOf('tel:116111') > 0, calls.join());
  await page.context().close();
});

test('the status follows the clock while the page stays open', async () => {
  const page = await openPage(browser, server.origin);
  await page.clock.install({ time: new Date('2026-12-07T13:58:00Z') });  // Monday 14:58
  await page.goto(`${server.origin}${ASSENS}`);
  const box = page.locator('main [data-contact-status]');
  await box.waitFor({ state: 'visible' });
  assert.match(await box.innerText(), /Åben nu – til kl\. 15\.00/);
  await page.clock.runFor(5 * 60 * 1000);
  assert.match(await box.innerText(), /Lukket nu – åbner i morgen kl\. 10\.00/);
  await page.context().close();
});

const DANISH_WEEKDAYS = /\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/i;
const WEEK_HEADS = {
  '': ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  '/en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  '/uk': ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
  '/ar': ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
};

for (const [prefix, heads] of Object.entries(WEEK_HEADS)) {
  test(`no JavaScript (${prefix || '/'}): the week's hours are a table in the page's language, with the build date`, async () => {
    const page = await openPage(browser, server.origin, { javaScriptEnabled: false, viewport: { width: 320, height: 568 } });
    await page.goto(`${server.origin}${prefix}${ASSENS}`);
    const rows = page.locator('main table.week-hours tbody tr');
    assert.equal(await rows.count(), 7);
    const days = (await page.locator('main table.week-hours th').allInnerTexts()).map((s) => s.trim().replace('\u2019', 'ʼ'));
    assert.deepEqual(days.map((d) => d.toLowerCase()), heads.map((d) => d.toLowerCase()));
    const monday = (await rows.nth(0).locator('td').innerText()).trim();
    assert.match(monday, /^10[.:]00–15[.:]00$/);
    assert.match(await page.locator('main .hours-note').innerText(), /\d{4}/);
    assert.equal(await page.locator('main [data-contact-status]').isVisible(), false);
    if (prefix === '/uk' || prefix === '/ar') {
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, DANISH_WEEKDAYS);
    }
    await page.context().close();
  });
}

// Every local page in every language: each tel: link dials an E.164 number
// (+45…) or one of the national short numbers (112, 114, 116 111, which
// have no E.164 form), and is at least 44 px high at 320 px.
const SHORT_NUMBERS = new Set(['tel:112', 'tel:114', 'tel:116111']);
function localPages() {
  const pages = [];
  for (const prefix of ['', 'en', 'uk', 'ar']) {
    const dir = path.join(SITE_DIR, prefix, 'kommune');
    for (const slug of fs.readdirSync(dir)) {
      if (fs.existsSync(path.join(dir, slug, 'index.html')) && slug !== 'ikke-fundet') pages.push(`/${prefix ? prefix + '/' : ''}kommune/${slug}/`);
    }
  }
  return pages;
}

test('every tel: link on every local page is E.164 or a national short number', () => {
  const pages = localPages();
  assert.ok(pages.length >= 392, `${pages.length} local pages`);
  for (const url of pages) {
    const html = fs.readFileSync(path.join(SITE_DIR, url, 'index.html'), 'utf8');
    for (const [, href] of html.matchAll(/href="(tel:[^"]*)"/g)) {
      assert.ok(/^tel:\+45\d{8}$/.test(href) || SHORT_NUMBERS.has(href), `${url}: ${href}`);
    }
  }
});

test('every tel:, sms: and mailto: button on local pages of each shape is at least 44 px high at 320 px', async () => {
  const page = await openPage(browser, server.origin, { viewport: { width: 320, height: 568 } });
  for (const prefix of ['', '/ar']) {
    for (const slug of ['assens', 'norddjurs', 'hjoerring', 'aarhus', 'koebenhavn', 'fredensborg']) {
      await page.goto(`${server.origin}${prefix}/kommune/${slug}/`);
      const sizes = await page.locator('a[href^="tel:"], a[href^="sms:"], a[href^="mailto:"]').evaluateAll((as) =>
        as.filter((a) => a.offsetParent !== null).map((a) => [a.getAttribute('href'), a.getBoundingClientRect().height]));
      assert.ok(sizes.length >= 3, `${slug}: ${JSON.stringify(sizes)}`);
      for (const [href, height] of sizes) assert.ok(height >= 44, `${prefix}/kommune/${slug}/ ${href} is ${height}px high`);
    }
  }
  await page.context().close();
});

test('Hjørring: its phone and its SMS ("BF" to 1910) are buttons', async () => {
  const page = await openPage(browser, server.origin, { javaScriptEnabled: false });
  await page.goto(`${server.origin}/kommune/hjoerring/`);
  assert.equal(await page.locator('main a[href="tel:+4572333531"]').count(), 1);
  assert.equal(await page.locator('main a[href="sms:1910?body=BF"]').count(), 1);
  await page.context().close();
});
