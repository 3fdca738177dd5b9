// Which pages the quality gates visit: every content page, and a spread of the
// pages that come from the same few templates (local pages, postcode and code
// shortcuts, village choices), always including postcodes shared by several municipalities.
import fs from 'node:fs';
import path from 'node:path';

const LANGUAGES = ['', '/ar', '/en', '/uk'];
// Shared postcodes (a choice page) and single ones (a redirect page).
const POSTCODES = ['2000', '2640', '4100', '2600', '8300', '7100', '4600', '2630', '3400', '5610',
  '8000', '9990', '5000', '6200', '3700', '1050', '7400', '9000', '4800', '6700'];

function walk(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (entry.name.endsWith('.html')) out.push('/' + path.relative(base, full).replace(/index\.html$/, ''));
  }
  return out;
}

// Every 5th municipality (20 of 98) in every language, and every content page.
export function pagesToCheck(siteDir) {
  const all = walk(siteDir);
  const isGenerated = (p) => /\/(kommune|postnummer|by)\/./.test(p);
  const content = all.filter((p) => !isGenerated(p));
  const locals = all.filter((p) => /^(\/[a-z]{2})?\/kommune\/[a-z-]+\/$/.test(p));
  const danishLocals = locals.filter((p) => p.startsWith('/kommune/')).sort();
  const sampleSlugs = danishLocals.filter((_, i) => i % 5 === 0).map((p) => p.split('/')[2]);
  const sample = [];
  for (const prefix of LANGUAGES) {
    for (const slug of sampleSlugs) sample.push(`${prefix}/kommune/${slug}/`);
    for (const code of POSTCODES) sample.push(`${prefix}/postnummer/${code}/`);
    sample.push(`${prefix}/kommune/751/`);
    // Villages of several municipalities (street register): a choice page each.
    sample.push(`${prefix}/by/hundslev/`, `${prefix}/by/vejlby/`);
    // Where a query the lookup does not know lands without JavaScript (nginx-http.conf).
    sample.push(`${prefix}/kommune/ikke-fundet/`, `${prefix}/kommune/ikke-fundet/a/`, `${prefix}/kommune/ikke-fundet/aa/`);
  }
  return { content, generated: sample.filter((p) => all.includes(p)) };
}

export function fileOf(siteDir, page) {
  return path.join(siteDir, page.endsWith('/') ? `${page}index.html` : page);
}
