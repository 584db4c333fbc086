import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES, REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonNode {
  kind: string;
  level: number;
  marker: string;
  number: number;
  title: string;
  line: number;
  children: JsonNode[];
}

describe('CLI (dist/cli.js)', () => {
  it('outline --format json prints the outline contract of seed 002', () => {
    const file = join(FIXTURES, 'seed-002-community.txt');
    const result = cli(['outline', '--format', 'json', file]);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as { file: string; outline: JsonNode[] };
    assert.equal(json.file, file);
    const [one, two] = json.outline;
    assert.deepEqual(Object.keys(one), ['kind', 'level', 'marker', 'number', 'title', 'line', 'children']);
    assert.deepEqual([one.marker, one.number, one.level, one.line, one.kind], ['一、', 1, 1, 3, 'heading']);
    assert.deepEqual(
      one.children.map((c) => [c.marker, c.number, c.level, c.line]),
      [
        ['(一)', 1, 2, 5],
        ['(二)', 2, 2, 8],
        ['(三)', 3, 2, 11],
      ],
    );
    assert.deepEqual(
      two.children.map((c) => c.marker),
      ['(一)'],
    );
    assert.deepEqual(
      two.children[0].children.map((c) => [c.kind, c.marker, c.number, c.level, c.line]),
      [
        ['item', '一是', 1, 3, 17],
        ['item', '二是', 2, 3, 18],
        ['item', '三是', 3, 3, 20],
      ],
    );
  });

  it('outline --format json gives the title block and the closing part their own kinds', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'speech-draft-')), 'titled.txt');
    writeFileSync(
      file,
      '在全县工作会议上的讲话\n（2025年1月15日）\n同志们：\n今天开会。\n一、总结\n成绩很好。\n同志们，让我们共同努力！\n谢谢大家！\n',
    );
    const json = JSON.parse(cli(['outline', '--format', 'json', file]).stdout) as { outline: JsonNode[] };
    assert.deepEqual(
      json.outline.map((node) => [node.kind, node.marker, node.title, node.line, node.level]),
      [
        ['title', '', '在全县工作会议上的讲话', 1, 1],
        ['heading', '一、', '总结', 5, 1],
        ['closing', '', '结束语', 7, 1],
      ],
    );
    assert.match(cli(['outline', file]).stdout, /^Closing {2}\[line 7 · /m);
  });

  it('outline prints an indented tree as text, in Chinese under a Chinese locale', () => {
    const file = join(FIXTURES, 'seed-000-opening.txt');
    const english = cli(['outline', file]);
    assert.equal(english.status, 0);
    assert.match(
      english.stdout,
      /^一、不断提高认识水平，领会学习培训的重要性 {2}\[line 6 · [\d,]+ chars · about \d+ min\]$/m,
    );
    assert.match(english.stdout, /^ {2}一是增强主动学习能力/m);
    const chinese = cli(['outline', file], { LANG: 'zh_CN.UTF-8' });
    assert.match(chinese.stdout, /^一、不断提高认识水平，领会学习培训的重要性 {2}\[第6行 · [\d,]+字 · 约\d+分钟\]$/m);
  });

  it('stats prints characters and speaking time; --rate changes it', () => {
    const file = join(FIXTURES, 'seed-000-opening.txt');
    const json = JSON.parse(cli(['stats', '--format', 'json', file]).stdout) as Record<string, number>;
    assert.equal(json.speakingRate, 160);
    assert.ok(json.characters > 2000 && json.characters < 3000, String(json.characters));
    assert.equal(json.speakingSeconds, Math.round((json.characters / 160) * 60));
    const faster = JSON.parse(cli(['stats', '--format', 'json', '--rate', '300', file]).stdout) as Record<
      string,
      number
    >;
    assert.ok(faster.speakingSeconds < json.speakingSeconds);
    assert.match(cli(['stats', file], { LANG: 'zh_CN.UTF-8' }).stdout, /^字数：[\d,]+$/m);
  });

  it('reads a file with a BOM and CRLF line endings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-cli-'));
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\ufeff同志们：\r\n一、甲\r\n正文。\r\n');
    const json = JSON.parse(cli(['outline', '--format', 'json', file]).stdout) as { outline: JsonNode[] };
    assert.deepEqual(
      json.outline.map((n) => [n.marker, n.line]),
      [['一、', 2]],
    );
  });

  const errors: Array<[string, string[], RegExp]> = [
    ['a missing file', ['outline', '/nonexistent/speech.txt'], /cannot read '\/nonexistent\/speech.txt'/],
    ['a directory', ['outline', FIXTURES], /is a directory/],
    ['no file', ['outline'], /missing FILE/],
    ['no command', [], /missing command/],
    ['an unknown command', ['frobnicate', 'x'], /unknown command 'frobnicate'/],
    ['an unknown option', ['outline', '--bogus', 'x'], /^speech-draft: unknown option --bogus; see --help\n$/],
    [
      'an option without its value',
      ['outline', 'x', '--format'],
      /^speech-draft: option --format needs a value; see --help\n$/,
    ],
    ['a bad format', ['outline', '--format', 'xml', 'x'], /--format must be text or json/],
    [
      'a bad rate',
      ['stats', '--rate', 'fast', 'x'],
      /--rate must be a number of characters a minute from 60 to 600, not 'fast'/,
    ],
  ];
  for (const [what, args, message] of errors) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const result = cli(args);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
    });
  }

  it('reads a GBK file (同志们：), and exits 2 on a file that is neither UTF-8 nor GB18030', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-cli-'));
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba]));
    const gbk = cli(['stats', '--format', 'json', file]);
    assert.equal(gbk.status, 0, gbk.stderr);
    assert.equal((JSON.parse(gbk.stdout) as { characters: number }).characters, 3);
    const neither = join(dir, 'binary.txt');
    writeFileSync(neither, Buffer.from([0xcd, 0xac, 0xff, 0x80]));
    const result = cli(['outline', neither]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /neither UTF-8 nor GB18030/);
  });

  it('prints help and version', () => {
    assert.match(cli(['--help']).stdout, /^Usage: speech-draft/);
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
