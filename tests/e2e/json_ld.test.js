// The schema.org JSON-LD of the local pages (render/contact_json_ld) as a
// browser reads the built site: every local page, in every language, has one
// block in <head> that JSON.parse reads, and every telephone in it is a tel:
// link the child sees on the same page. Other pages have none. The unit test
// generator/render/contact_json_ld_schema_test.cpp holds the same JSON to the
// schema.org vocabulary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_DIR, startNginx, launchBrowser, openPage } from './harness.js';

let server;
let browser;
before(async () => { server = await startNginx(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The local pages: /kommune/<slug>/ below each language's prefix, told by their contact section.
function localPages() {
  const pages = [];
  for (const prefix of ['', ...fs.readdirSync(SITE_DIR).filter((d) => /^[a-z]{2}$/.test(d)).map((d) => `/${d}`)]) {
    const dir = path.join(SITE_DIR, prefix, 'kommune');
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir)) {
      const file = path.join(dir, slug, 'index.html');
      if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('class="local-contact"')) pages.push(`${prefix}/kommune/${slug}/`);
    }
  }
  return pages;
}

function telephonesOf(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => telephonesOf(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.telephone === 'string') out.push(node.telephone);
    Object.values(node).forEach((n) => telephonesOf(n, out));
  }
  return out;
}

async function read(page, url) {
  await page.goto(`${server.origin}${url}`);
  return page.evaluate(() => ({
    blocks: [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => ({ text: s.textContent, inHead: s.parentElement === document.head })),
    tels: [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
  }));
}

test('every local page has JSON-LD in <head> whose telephones are tel: links on the page', async () => {
  const pages = localPages();
  assert.ok(pages.length >= 98 * 4, `${pages.length} local pages`);
  const page = await openPage(browser, server.origin);
  for (const url of pages) {
    const { blocks, tels } = await read(page, url);
    assert.equal(blocks.length, 1, `${url}: ${blocks.length} JSON-LD blocks`);
    assert.ok(blocks[0].inHead, `${url}: the JSON-LD is not in <head>`);
    const ld = JSON.parse(blocks[0].text);
    assert.equal(ld['@context'], 'https://schema.org', url);
    assert.equal(ld['@type'], 'GovernmentOrganization', url);
    const phones = telephonesOf(ld);
    assert.ok(phones.includes('112') && phones.includes('116111'), `${url}: ${phones}`);
    for (const phone of phones) assert.ok(tels.includes(`tel:${phone}`), `${url}: ${phone} is not a tel: link of the page (${tels})`);
  }
  // A data block runs nothing, so the Content-Security-Policy has nothing to refuse.
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('pages other than the local pages carry no JSON-LD', async () => {
  const page = await openPage(browser, server.origin);
  for (const url of ['/', '/ar/', '/kommune/', '/kommune/ikke-fundet/a/', '/postnummer/2640/']) {
    const { blocks } = await read(page, url);
    assert.equal(blocks.length, 0, url);
  }
  await page.context().close();
});
