// `npm start`: build, package the .vsix, install it into a local VS Code and open the sample speech.
// With the `code` CLI on PATH it installs there; otherwise it installs into code-server (the same VS Code 1.100
// the tests use) and serves a scratch copy of samples/ (.cache/try/, so trying the extension never edits the
// repository) on http://127.0.0.1:PORT (PORT=8080 unless set), until Ctrl+C, the sample open in the editor.
// code-server's own log goes to .cache/start/code-server.log; the address is the last thing printed.
// Each run starts from a fresh copy of the samples; `--keep` keeps the copy's edits.
// `LOCALE=zh-cn npm start` (code-server) shows the extension's own texts in Chinese (see display-locale.mjs).
// Each step says what it does and about how long it takes on a 2-core machine; steps already done are skipped.
// `--check` does everything but wait: it proves the package installs and the server answers, then stops.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declareLocale } from './display-locale.mjs';
import { scratchCopy } from './scratch-copy.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const keep = process.argv.includes('--keep');
const locale = process.env.LOCALE;
const { name, publisher, version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const extensionId = `${publisher}.${name}`;
const vsix = join(repo, 'dist', `${name}.vsix`);
const samples = join(repo, 'samples');
const sampleName = '开班式讲话.txt';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repo, ...options });
  if (result.status !== 0) {
    console.error(`npm start: '${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Runs one step, saying what it is and about how long it takes (measured on a 2-core machine), then how long it took. */
function step(what, about, action) {
  console.log(`[npm start] ${what} (${about})…`);
  const started = Date.now();
  const result = action();
  console.log(`[npm start] ${what}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
}

step('type-checking and building', 'about 30 s', () =>
  run('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }),
);
step('packaging the .vsix', 'about 10 s', () =>
  run('npm', ['run', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] }),
);

const tryFolder = scratchCopy(samples, join(repo, '.cache', 'try'), keep);
console.log(
  keep
    ? `[npm start] kept your copy of the samples in ${tryFolder}`
    : `[npm start] a fresh copy of the samples in ${tryFolder} (npm start -- --keep keeps your edits)`,
);
const sample = join(tryFolder, sampleName);

if (onPath('code') && !check) {
  run('code', ['--install-extension', vsix, '--force']);
  run('code', [tryFolder, sample]);
  console.log(
    `\nInstalled ${extensionId} ${version} into VS Code and opened ${sample} (a copy of samples/${sampleName}).`,
  );
  process.exit(0);
}

const codeServer = join(repo, '.cache/code-server/node_modules/.bin/code-server');
const installedBefore = existsSync(codeServer);
const setup = step(
  'installing code-server, VS Code for the browser',
  installedBefore ? 'installed already: under a second' : 'about 2 minutes, once',
  () => {
    const result = run('bash', [join(repo, 'test/runners/setup-code-server.sh')], {
      env: { ...process.env, WITHOUT_BROWSER: '1' },
      // A first install shows its progress as it goes; a run that should skip it is read, to check that it did.
      ...(installedBefore ? { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' } : {}),
    });
    if (installedBefore) process.stdout.write(result.stdout);
    return result;
  },
);
// A step already done is skipped, not done again: the next run of npm start takes seconds, not minutes.
if (check && installedBefore && !setup.stdout.includes('already installed')) {
  console.error('npm start --check: code-server was installed already, yet its step installed it again');
  process.exit(1);
}
const state = join(repo, '.cache', 'start');
const extensionsDir = join(state, 'extensions');
const userDataDir = join(state, 'user-data');
mkdirSync(extensionsDir, { recursive: true });
mkdirSync(join(userDataDir, 'User'), { recursive: true });
// The samples live inside this git checkout; no prompt to open the parent repository.
writeFileSync(
  join(userDataDir, 'User', 'settings.json'),
  `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none' }, null, 2)}\n`,
);
const common = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
if (locale) declareLocale(userDataDir, locale);
// code-server writes its config under ~/.config unless told otherwise.
const env = { ...process.env, XDG_CONFIG_HOME: join(state, 'config'), XDG_DATA_HOME: join(state, 'data') };

step('installing the extension into code-server', 'about 5 s', () =>
  run(codeServer, [...common, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
);
const listed = spawnSync(codeServer, [...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', env });
if (!listed.stdout.includes(`${extensionId}@${version}`)) {
  console.error(
    `npm start: ${extensionId}@${version} is not among the installed extensions:\n${listed.stdout}${listed.stderr}`,
  );
  process.exit(1);
}
console.log(`Installed ${extensionId}@${version} from ${vsix}`);
const log = join(state, 'code-server.log');

const port = Number(process.env.PORT ?? (check ? 0 : 8080)) || (await freePort());
const server = spawn(
  codeServer,
  [
    ...common,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...(locale ? ['--locale', locale] : []),
    tryFolder,
  ],
  { stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')], env, detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already stopped
  }
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stop();
  process.exit(143);
});
process.on('exit', stop);

// code-server opens the folder it was given at its root address; VS Code's `payload` query opens the sample in it.
const root = `http://127.0.0.1:${port}/`;
const address = `${root}?folder=${encodeURIComponent(tryFolder)}&payload=${encodeURIComponent(
  JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${sample}`]]),
)}`;
if (!(await answers(`http://127.0.0.1:${port}/healthz`, 30_000))) {
  console.error(`npm start: code-server did not answer on port ${port}; its log is ${log}`);
  process.exit(1);
}
if (check) {
  // What a newcomer gets: the short root address opens the scratch copy, and code-server's chatter is in its log.
  const redirect = await fetch(root, { redirect: 'manual' });
  const location = decodeURIComponent(redirect.headers.get('location') ?? '');
  if (!location.includes(tryFolder)) {
    console.error(`npm start --check: ${root} should open ${tryFolder}, but redirects to '${location}'`);
    process.exit(1);
  }
  if (!(await fetch(address)).ok) {
    console.error(`npm start --check: the address that opens the sample does not answer: ${address}`);
    process.exit(1);
  }
  if (!readFileSync(log, 'utf8').includes('HTTP server listening')) {
    console.error(`npm start --check: code-server's log is not in ${log}`);
    process.exit(1);
  }
  console.log(
    `npm start --check: VS Code answers at ${address} with ${extensionId}@${version} installed from the .vsix, opening ${tryFolder}; its log is ${log}`,
  );
  process.exit(0);
}
console.log(`
Speech Draft is installed in VS Code (code-server 1.100). The address below opens ${sampleName}
in ${tryFolder}, a fresh copy of samples/ to try it on (${root} opens the folder). code-server's log: ${log}
Press Ctrl+C to stop. Open this address in your browser:

  ${address}`);

async function answers(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: found } = probe.address();
      probe.close(() => resolvePort(found));
    });
  });
}
