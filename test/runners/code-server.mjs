#!/usr/bin/env node
// Runs a VS Code extension-host test suite inside code-server (VS Code for the web, served from
// Node) driven by Debian's headless Chromium through playwright-core. No Microsoft download
// servers are needed: see test/runners/README.md.
//
// usage: node test/runners/code-server.mjs --extension <abs ext dir> --tests <abs suite index.js>
//          --workspace <abs folder> [--timeout-ms N] [--screenshot <png path>] [--skip-setup] [--web]
//
// Default: the suite runs in the remote (Node) extension host, with the real `vscode` module.
// --web:   the extension (its `browser` entry) and the suite run in the browser's web-worker extension
//          host instead; the suite file must then be a single bundled script inside --extension
//          (the web host's require() only knows 'vscode').
//
// Exit code: the suite's exit code (0 = all passed), or 1 for a runner failure / time-out,
// 130/143 when interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { declareLocale } from '../../scripts/display-locale.mjs';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, formatWithOptions } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const CACHE_DIR = process.env.CODE_SERVER_CACHE || path.join(REPO_ROOT, '.cache', 'code-server');
const CS_PKG = path.join(CACHE_DIR, 'node_modules', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VERBOSE = process.env.CODE_SERVER_TEST_VERBOSE === '1';
const RAW = process.env.CODE_SERVER_TEST_RAW === '1';
const SCREENSHOT_RE = /\[\[screenshot:([^\]]+)\]\]/;
const SCREENSHOT_ROUTE = '/__code_server_runner__/screenshot';

const tag = (s) => `[code-server-runner] ${s}`;
const say = (s) => console.log(tag(s));
const warn = (s) => console.error(tag(s));

// ------------------------------------------------------------------ arguments
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      'timeout-ms': { type: 'string' },
      screenshot: { type: 'string' },
      'skip-setup': { type: 'boolean' },
      web: { type: 'boolean' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  warn(e.message);
  process.exit(2);
}
const USAGE =
  'usage: node test/runners/code-server.mjs --extension <abs ext dir> --tests <abs suite index.js> ' +
  '--workspace <abs folder> [--timeout-ms N] [--screenshot <png path>] [--skip-setup] [--web] [--locale zh-cn]';
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
for (const k of ['extension', 'tests', 'workspace']) {
  if (!opts[k]) {
    warn(`missing --${k}\n${USAGE}`);
    process.exit(2);
  }
  opts[k] = path.resolve(opts[k]);
  if (!fs.existsSync(opts[k])) {
    warn(`--${k} ${opts[k]} does not exist${k === 'tests' ? ' (compile the tests first?)' : ''}`);
    process.exit(2);
  }
}
const TIMEOUT_MS = Number(opts['timeout-ms'] || process.env.CODE_SERVER_TEST_TIMEOUT_MS || 10 * 60 * 1000);
if (!(TIMEOUT_MS > 0)) {
  warn(`bad --timeout-ms ${opts['timeout-ms']}`);
  process.exit(2);
}
const WEB = !!opts.web || process.env.CODE_SERVER_TEST_WEB === '1';
const WEB_MOUNT = '/__extension_under_test__';
if (WEB && path.relative(opts.extension, opts.tests).startsWith('..')) {
  warn('--web needs the --tests file inside the --extension folder (it is served to the browser from there)');
  process.exit(2);
}
const FINAL_SCREENSHOT = opts.screenshot ? path.resolve(opts.screenshot) : undefined;

// ------------------------------------------------------------------ state + cleanup
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
let tmpRoot;
let server; // code-server ChildProcess (leader of its own process group)
let browser;
let page;
let cleaning;
let serverOutput = '';
let interrupted; // exit code of a received signal: wins over whatever main() was doing

function killServerGroupSync(signal) {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, signal);
    } catch {
      /* already gone */
    }
  }
}

async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    if (browser) {
      await Promise.race([browser.close().catch(() => {}), delay(5000)]);
      browser = undefined;
    }
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      killServerGroupSync('SIGTERM');
      if ((await Promise.race([exited.then(() => 'ok'), delay(3000)])) !== 'ok') {
        killServerGroupSync('SIGKILL');
        await Promise.race([exited, delay(2000)]);
      }
    }
    // Children that outlived code-server in its group (extension host, watchers, pty host).
    if (server) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* none left */
      }
    }
    if (tmpRoot && process.env.CODE_SERVER_TEST_KEEP_TMP !== '1') {
      fs.rmSync(tmpRoot, { recursive: true, force: true });
    }
  })();
  return cleaning;
}

// Last resort for abrupt exits: playwright-core kills its browser in its own 'exit' hook.
process.on('exit', () => {
  killServerGroupSync('SIGKILL');
  if (server) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* none left */
    }
  }
});
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = code;
    warn(`${sig} received: stopping the browser and code-server`);
    cleanup().finally(() => process.exit(code));
  });
}

function delay(ms) {
  return new Promise((r) => setTimeout(r, ms).unref());
}

// ------------------------------------------------------------------ helpers
async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch (first) {
    // Fall back to the current project's node_modules (e.g. when the runner is used from elsewhere).
    try {
      const req = createRequire(path.join(process.cwd(), 'package.json'));
      return await import(pathToFileURL(req.resolve('playwright-core')).href);
    } catch {
      throw new Error(`cannot load playwright-core (a devDependency): run npm install (${first.message})`);
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

// The workbench hands codeAutomationLog(level, args): `args` is the console call's argument list
// (the extension host's console.log/info/warn/error, e.g. ['  %d passing (%s)', 2, '78ms'] from
// mocha) or a one-string list for the workbench's own log lines.
function formatLog(message) {
  const list = Array.isArray(message) ? message : [message];
  return formatWithOptions({ colors: false, depth: 6, breakLength: 160 }, ...list);
}

// Known harmless noise of an offline code-server run (matched against the formatted line).
const NOISE = [
  /vsda/i, // signing module only shipped in Microsoft builds: 404 + "failed to load"
  /open-vsx\.org|openvsx|marketplace|extension gallery/i, // gallery look-ups (no network)
  /Failed to load resource: the server responded with a status of 404/i,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|EAI_AGAIN/,
  // the workbench's own info lines (in test mode they share the channel with the suite's console)
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /__extension_under_test__\/package\.nls\.json' failed with status code 404/, // --web: no nls file
  /^Loading development extension at /,
  /^Started local extension host with pid/,
  /^\[LocalProcess|^\[Extension Host\] Debugger listening/,
  /Long running operations during shutdown/i,
  /DeprecationWarning: The `punycode` module/i,
];
const isNoise = (line) => NOISE.some((re) => re.test(line));

// ------------------------------------------------------------------ main
async function main() {
  // 1. code-server installed? (setup is idempotent and takes milliseconds when done)
  if (!opts['skip-setup'] && process.env.CODE_SERVER_SKIP_SETUP !== '1') {
    const r = spawnSync('bash', [path.join(HERE, 'setup-code-server.sh')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`setup-code-server.sh failed (exit ${r.status ?? r.signal})`);
  }
  const entry = path.join(CS_PKG, 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry))
    throw new Error(`code-server is not installed at ${CS_PKG}: run test/runners/setup-code-server.sh`);
  const csVersion = JSON.parse(fs.readFileSync(path.join(CS_PKG, 'package.json'), 'utf8')).version;
  const product = JSON.parse(fs.readFileSync(path.join(CS_PKG, 'lib', 'vscode', 'product.json'), 'utf8'));
  say(
    `VS Code ${product.version} (commit ${String(product.commit).slice(0, 10)}) via code-server ${csVersion}, Node ${process.version}`,
  );

  const pw = await loadPlaywright();
  const chromium = pw.chromium ?? pw.default?.chromium;

  // 2. code-server on a free loopback port, with throw-away state dirs.
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-cs-test-'));
  const dirs = {};
  for (const d of ['user-data', 'extensions', 'config', 'data', 'browser-home']) {
    dirs[d] = path.join(tmpRoot, d);
    fs.mkdirSync(dirs[d]);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config',
    path.join(dirs.config, 'config.yaml'),
    '--user-data-dir',
    dirs['user-data'],
    '--extensions-dir',
    dirs.extensions,
    ...(opts.locale ? ['--locale', opts.locale] : []),
    opts.workspace,
  ];
  if (opts.locale) declareLocale(dirs['user-data'], opts.locale);
  server = spawn(process.execPath, args, {
    detached: true, // own process group: killed as a whole on exit
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data },
  });
  const onServerData = (buf) => {
    const s = buf.toString();
    serverOutput = (serverOutput + s).slice(-20000);
    if (VERBOSE) process.stdout.write(s.replace(/^/gm, '[code-server] '));
  };
  server.stdout.on('data', onServerData);
  server.stderr.on('data', onServerData);
  const serverExited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));

  let up = false;
  const deadlineUp = Date.now() + 60000;
  while (!up && Date.now() < deadlineUp) {
    if (server.exitCode !== null || server.signalCode !== null) break;
    up = (await httpStatus(`${base}/healthz`)) === 200;
    if (!up) await delay(200);
  }
  if (!up) throw new Error(`code-server did not come up on ${base}. Its output:\n${serverOutput}`);
  say(`code-server listening on ${base} (${secs()})`);

  // 3. headless Chromium.
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run test/runners/setup-code-server.sh as root`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // keep Chromium's crash-report database etc. out of the real home
    env: { ...process.env, XDG_CONFIG_HOME: dirs['browser-home'], XDG_CACHE_HOME: dirs['browser-home'] },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-breakpad',
      '--disable-crash-reporter',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    // --web serves the extension through request routing, which a service worker would bypass
    serviceWorkers: WEB ? 'block' : 'allow',
  });
  page = await context.newPage();

  let resolveExit;
  const suiteExit = new Promise((r) => (resolveExit = r));
  let screenshotQueue = Promise.resolve();
  const takeScreenshot = (target) => {
    screenshotQueue = screenshotQueue.then(async () => {
      const abs = path.resolve(target);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      const tmp = `${abs}.tmp-${process.pid}.png`;
      try {
        await page.screenshot({ path: tmp, fullPage: true });
        fs.renameSync(tmp, abs); // atomic: a polling suite never sees a half-written file
        say(`screenshot saved: ${abs}`);
      } catch (e) {
        warn(`screenshot ${abs} failed: ${e.message}`);
        try {
          fs.writeFileSync(`${abs}.error`, String(e.message));
        } catch {
          /* ignore */
        }
      }
    });
    return screenshotQueue;
  };

  await page.exposeFunction('codeAutomationLog', (type, message) => {
    if (RAW) console.log('[raw]', JSON.stringify([type, message]));
    const text = formatLog(message);
    const shot = SCREENSHOT_RE.exec(text);
    if (shot) {
      void takeScreenshot(shot[1].trim());
      return;
    }
    if (RAW || (!VERBOSE && isNoise(text))) return;
    (type === 'error' || type === 'warn' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(Number(code));
  });
  // Page errors/console: only shown when verbose (the extension host output comes via codeAutomationLog).
  page.on('console', (msg) => {
    if (VERBOSE) console.log(`[browser console.${msg.type()}] ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    if (VERBOSE || !isNoise(String(err))) warn(`page error: ${err.message}`);
  });

  // Screenshot on request over http (what a --web suite uses, since it has no file system):
  //   await fetch(new URL(self.location.href).origin + SCREENSHOT_ROUTE + '?path=' + encodeURIComponent(png))
  // answers 200 once the PNG is written (500 with the reason otherwise).
  await context.route(
    (u) => u.port === String(port) && u.pathname === SCREENSHOT_ROUTE,
    async (route) => {
      const target = new URL(route.request().url()).searchParams.get('path');
      if (!target) return route.fulfill({ status: 400, body: 'missing ?path=' });
      await takeScreenshot(target);
      const ok = fs.existsSync(path.resolve(target));
      return route.fulfill({
        status: ok ? 200 : 500,
        body: ok ? path.resolve(target) : 'screenshot failed',
        headers: { 'access-control-allow-origin': '*' },
      });
    },
  );

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  let payload;
  if (!WEB) {
    payload = [
      ['extensionDevelopmentPath', remote(opts.extension)],
      ['extensionTestsPath', remote(opts.tests)],
      ['skipWelcome', 'true'],
    ];
  } else {
    // The web-worker host only loads development extensions listed in the workbench's construction
    // options (developmentOptions.extensions / extensionTestsPath, as @vscode/test-web sets them),
    // not from the URL payload, and fetches them over http from the page's own origin (CSP).
    // So: serve the extension folder under WEB_MOUNT on code-server's origin by routing, and patch
    // the server-rendered configuration before the workbench reads it.
    await context.route(
      (u) => u.port === String(port) && u.pathname.startsWith(WEB_MOUNT + '/'),
      async (route) => {
        const u = new URL(route.request().url());
        const f = path.join(opts.extension, decodeURIComponent(u.pathname.slice(WEB_MOUNT.length)));
        if (path.relative(opts.extension, f).startsWith('..') || !fs.existsSync(f) || !fs.statSync(f).isFile()) {
          return route.fulfill({ status: 404, body: '' });
        }
        const type = f.endsWith('.json')
          ? 'application/json'
          : f.endsWith('.js') || f.endsWith('.mjs')
            ? 'text/javascript'
            : 'application/octet-stream';
        return route.fulfill({
          status: 200,
          body: fs.readFileSync(f),
          headers: { 'content-type': type, 'access-control-allow-origin': '*' },
        });
      },
    );
    const authority = `127.0.0.1:${port}`;
    const testsRel = path.relative(opts.extension, opts.tests).split(path.sep).join('/');
    const dev = {
      extensions: [{ scheme: 'http', authority, path: WEB_MOUNT }],
      extensionTestsPath: { scheme: 'http', authority, path: `${WEB_MOUNT}/${testsRel}` },
    };
    await context.addInitScript((devOptions) => {
      const getAttribute = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const value = getAttribute.call(this, name);
        if (value && name === 'data-settings' && this.id === 'vscode-workbench-web-configuration') {
          const config = JSON.parse(value);
          config.developmentOptions = { ...config.developmentOptions, ...devOptions };
          return JSON.stringify(config);
        }
        return value;
      };
    }, dev);
    payload = [['skipWelcome', 'true']];
  }
  const url = `${base}/?folder=${encodeURIComponent(opts.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say(`opening the workbench; suite ${opts.tests} (${WEB ? 'web worker' : 'Node'} extension host)`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });

  // 4. Wait for the suite, a crash, or the time limit.
  let timer;
  const timeout = new Promise((r) => {
    timer = setTimeout(() => r('timeout'), TIMEOUT_MS);
  });
  const outcome = await Promise.race([
    suiteExit.then((code) => ({ code })),
    serverExited.then((e) => ({ serverDied: e })),
    new Promise((r) => browser.on('disconnected', () => r({ browserDied: true }))),
    timeout.then(() => ({ timeout: true })),
  ]);
  clearTimeout(timer);
  if (interrupted) return interrupted;
  await screenshotQueue;
  if (FINAL_SCREENSHOT && page) await takeScreenshot(FINAL_SCREENSHOT);

  if (outcome.timeout) {
    warn(`TIME-OUT: the suite did not finish within ${TIMEOUT_MS} ms (--timeout-ms / CODE_SERVER_TEST_TIMEOUT_MS)`);
    return 1;
  }
  if (outcome.serverDied) {
    warn(`code-server exited unexpectedly (${JSON.stringify(outcome.serverDied)}). Its output:\n${serverOutput}`);
    return 1;
  }
  if (outcome.browserDied) {
    warn('the browser disconnected before the suite finished');
    return 1;
  }
  say(`suite finished with exit code ${outcome.code} after ${secs()}`);
  return Number.isInteger(outcome.code) ? outcome.code : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (e) {
  if (!interrupted) warn(`ERROR: ${e && e.stack ? e.stack : e}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(interrupted ?? exitCode);
