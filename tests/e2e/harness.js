// Shared set-up for the browser tests: the real site served by Debian's nginx
// on 127.0.0.1 with the configuration the generator wrote, and Debian's
// chromium driven by playwright-core (no browser download).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const SITE_DIR = process.env.ENINDGANG_SITE_DIR || path.resolve('../../build/e2e-public');
export const ARTIFACTS = process.env.ENINDGANG_ARTIFACTS || path.resolve('artifacts');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port, deadline) {
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}`);
}

// Starts nginx serving `root` with the site's own nginx.conf and nginx-http.conf; returns { origin, stop }.
export async function startNginx(root = SITE_DIR) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enindgang-nginx-'));
  // As root, nginx would run its workers as nobody, who may not be allowed into the
  // checkout (a clone in a 0700 temp folder, say): keep them as the current user.
  const user = process.getuid && process.getuid() === 0 ? 'user root root;\n' : '';
  // The lookup's maps (nginx allows map only at http level); a hand-made fixture may have none.
  const maps = path.join(path.resolve(root), 'nginx-http.conf');
  const httpConf = fs.existsSync(maps) ? `  include ${maps};\n` : '';
  const conf = `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
${httpConf}  server {
    listen 127.0.0.1:${port};
    root ${path.resolve(root)};
    include ${path.resolve(root)}/nginx.conf;
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  await waitForPort(port, Date.now() + 10000);
  return {
    origin: `http://127.0.0.1:${port}`,
    accessLog: path.join(dir, 'access.log'),
    stop: async () => {
      nginx.kill('SIGQUIT');
      await new Promise((r) => nginx.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Debian's chromium, headless, with the flags that keep it off the network.
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// A new page that records console errors and every request that leaves the site.
export async function openPage(browser, origin, { javaScriptEnabled = true, viewport = { width: 375, height: 800 }, timezoneId } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport, locale: 'da-DK', ...(timezoneId ? { timezoneId } : {}) });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.foreignRequests = [];
  page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) page.foreignRequests.push(url);
  });
  // Links to other sites (quick exit, municipal sites) must not be fetched in tests: no network here.
  await context.route((url) => !url.href.startsWith(origin), (route) => route.fulfill({ status: 204, body: '' }));
  return page;
}

export function ensureDir(dir) { fs.mkdirSync(dir, { recursive: true }); return dir; }
