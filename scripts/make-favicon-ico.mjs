// Draws themes/default/assets/favicon.svg with Debian's chromium at 16, 32 and
// 48 px and packs the three PNGs into favicon.ico next to it (an ICO may hold
// PNGs; every browser that asks for /favicon.ico reads them). Run after
// changing the SVG, from the repository: node scripts/make-favicon-ico.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.resolve('tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const folder = path.resolve('themes/default/assets');
const svg = fs.readFileSync(path.join(folder, 'favicon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const images = [];
for (const size of [16, 32, 48]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}</style><img width="${size}" height="${size}" src="data:image/svg+xml,${encodeURIComponent(svg)}">`);
  images.push({ size, png: await page.screenshot({ omitBackground: true }) });
  await page.close();
}
await browser.close();

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNGs.
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);  // type: icon
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, png }, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4);   // colour planes
  header.writeUInt16LE(32, entry + 6);  // bits per pixel
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
fs.writeFileSync(path.join(folder, 'favicon.ico'), Buffer.concat([header, ...images.map((i) => i.png)]));
