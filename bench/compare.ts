/**
 * npm run bench:compare -- [ref] [seconds]: this checkout's analysis against an earlier build's, timed back to back in
 * one process, as issue 31 sets its speed targets ("measured back to back against today's build in one run"). A busy
 * machine slows both builds alike, so their ratio holds where npm run bench's absolute figures do not. The earlier
 * build's src/ is read from git (`git archive`), and both are bundled alike (minified, as users run them). By default
 * the earlier build is the one the targets were set against.
 */

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { corpus, median, REPO, typedInto } from './corpus';

/** The build issue 31's targets were set against, and what npm run bench measured for it that day (2026-12-03). */
const TARGETS_BASE = {
  ref: 'd3435d5',
  measured: { full100k: 7.96, edit100k: 3.06, full1m: 132 },
  targets: { full100k: 5.5, edit100k: 1.5, full1m: 90 },
} as const;

type Measure = keyof typeof TARGETS_BASE.targets;

const SPEAKING_RATE = 220;

/** What both builds export, as far as the measures use it (the engine's types differ between builds). */
interface EngineBuild {
  parseSpeech(text: string): unknown;
  lint(speech: unknown, config: unknown): readonly unknown[];
  buildOutline(speech: unknown, rate: number): unknown;
  statsOf(speech: unknown, rate: number): unknown;
  SpeechAnalyzer: new () => { analyze(text: string, config: unknown, rate: number): { speech: unknown } };
  DEFAULT_LINT_CONFIG: unknown;
}

/** Bundles the engine at `root`/src/core into `outfile`, as scripts/build.mjs bundles the benchmark. */
function bundle(root: string, outfile: string): EngineBuild {
  buildSync({
    entryPoints: [join(root, 'src/core/index.ts')],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    loader: { '.txt': 'text' },
    nodePaths: [join(REPO, 'node_modules')],
    logLevel: 'error',
  });
  return require(outfile) as EngineBuild;
}

/** The earlier build's src/, unpacked from git into `dir`. */
function checkOut(ref: string, dir: string): void {
  const archive = join(dir, 'src.tar');
  try {
    execFileSync('git', ['-C', REPO, 'archive', '--format=tar', '-o', archive, ref, 'src'], { stdio: 'pipe' });
  } catch {
    throw new Error(`git cannot read src/ at "${ref}" in ${REPO} (a commit of this repository's history is needed)`);
  }
  execFileSync('tar', ['-xf', archive, '-C', dir]);
}

/** One measure of one build: `run` is timed, `prepare` (untimed) readies the next run. */
interface Timed {
  run(): void;
  prepare?(): void;
}

/** The bench's measures for one build. */
function measuresOf(build: EngineBuild, texts: { k100: string; m1: string }): Record<Measure, Timed> {
  const full = (text: string): Timed => ({
    run() {
      const speech = build.parseSpeech(text);
      build.lint(speech, build.DEFAULT_LINT_CONFIG);
      build.buildOutline(speech, SPEAKING_RATE);
      build.statsOf(speech, SPEAKING_RATE);
    },
  });
  return { full100k: full(texts.k100), full1m: full(texts.m1), edit100k: keystrokes(build, texts.k100) };
}

/**
 * A warm analyzer re-analysing after a one-character edit, a different place each call, as npm run bench times it.
 * The edited text (typedInto) is made before the clock starts.
 */
function keystrokes(build: EngineBuild, text: string): Timed {
  const analyzer = new build.SpeechAnalyzer();
  analyzer.analyze(text, build.DEFAULT_LINT_CONFIG, SPEAKING_RATE);
  let current = text;
  let edits = 0;
  const timed: Timed = {
    prepare() {
      current = typedInto(current, edits++);
    },
    run() {
      const { speech } = analyzer.analyze(current, build.DEFAULT_LINT_CONFIG, SPEAKING_RATE);
      build.buildOutline(speech, SPEAKING_RATE);
    },
  };
  timed.prepare?.();
  return timed;
}

/** CPU milliseconds of one run (the process's user and system time: the collector's threads count), then prepared. */
function cpuMs(timed: Timed): number {
  const before = process.cpuUsage();
  timed.run();
  const spent = process.cpuUsage(before);
  timed.prepare?.();
  return (spent.user + spent.system) / 1000;
}

/**
 * Both builds' runs of one measure, five of one and five of the other in turn for `seconds` after a second of warm-up
 * each, so that any change in the machine's load falls on both. Medians in CPU ms.
 */
function backToBack(pair: readonly [Timed, Timed], seconds: number): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (const timed of pair) {
    const warm = Date.now() + 1000;
    while (Date.now() < warm) cpuMs(timed);
  }
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) for (const k of [0, 1] as const) for (let i = 0; i < 5; i++) times[k].push(cpuMs(pair[k]));
  return [median(times[0]), median(times[1])];
}

function printRow(cells: readonly string[]): void {
  console.log(cells.map((cell, i) => cell.padEnd(i === 0 ? 12 : 10)).join(' '));
}

function main(): void {
  const ref = process.argv[2] ?? TARGETS_BASE.ref;
  const seconds = Number(process.argv[3] ?? 40);
  if (!(seconds > 0)) throw new Error(`seconds a measure must be a positive number, not "${process.argv[3]}"`);
  const dir = mkdtempSync(join(tmpdir(), 'speech-draft-compare-'));
  try {
    checkOut(ref, dir);
    const builds = [bundle(REPO, join(dir, 'this.js')), bundle(dir, join(dir, 'earlier.js'))] as const;
    const texts = { k100: corpus(100_000), m1: corpus(1_000_000) };
    const [these, earlier] = builds.map((build) => measuresOf(build, texts));
    const withTargets = ref === TARGETS_BASE.ref;
    console.log(`this checkout against ${ref}, back to back, ${seconds} s a measure (median CPU ms a run)\n`);
    printRow(['measure', 'this', ref, 'ratio', withTargets ? 'target ratio (target / its figure that day)' : '']);
    for (const measure of Object.keys(TARGETS_BASE.targets) as Measure[]) {
      const [now, then] = backToBack([these[measure], earlier[measure]], seconds);
      const ratio = now / then;
      const target = TARGETS_BASE.targets[measure] / TARGETS_BASE.measured[measure];
      const verdict = withTargets
        ? `${target.toFixed(2)} (${TARGETS_BASE.targets[measure]} / ${TARGETS_BASE.measured[measure]}): ${ratio <= target ? 'met' : 'NOT MET'}`
        : '';
      printRow([measure, now.toFixed(2), then.toFixed(2), ratio.toFixed(2), verdict]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`bench:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
