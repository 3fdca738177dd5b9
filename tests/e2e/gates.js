// The quality gates, as functions, so the same code that passes the real site
// is proven to fail on a deliberately broken one (broken.test.js).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe-core in the page (evaluated through the DevTools protocol, so the site's CSP stays on).
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// The Nu HTML Checker over files, in one Java process. Returns "file: line: message" errors.
export function vnuErrors(files) {
  let output;
  try {
    output = execFileSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = error.stderr || error.stdout || '';  // vnu exits 1 and writes JSON to stderr when it finds errors
  }
  const json = JSON.parse(output.trim() || '{"messages":[]}');
  return json.messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}`);
}

// Every link, script, stylesheet and image of the page that points into the site must answer 200.
export async function brokenInternalReferences(page, origin, checked = new Map()) {
  const urls = await page.evaluate(() => [
    ...[...document.querySelectorAll('a[href]')].map((a) => a.href),
    ...[...document.querySelectorAll('script[src]')].map((s) => s.src),
    ...[...document.querySelectorAll('link[href]')].filter((l) => l.rel !== 'canonical' && l.rel !== 'alternate').map((l) => l.href),
    ...[...document.querySelectorAll('img[src]')].map((i) => i.src),
  ]);
  const broken = [];
  for (const raw of urls) {
    const url = raw.split('#')[0];
    if (!url.startsWith(origin)) continue;
    if (!checked.has(url)) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      checked.set(url, response.status());
    }
    const status = checked.get(url);
    if (status !== 200 && status !== 302) broken.push(`${url} → ${status}`);
  }
  return broken;
}
