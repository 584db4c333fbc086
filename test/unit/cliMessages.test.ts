import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO } from './helpers';

const CLI = resolve(REPO, 'dist/cli.js');
const CHINESE = { LANG: 'zh_CN.UTF-8' };

function cli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'speech-cli-say-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const WITH_PLACEHOLDERS = '同志们：\n一、学习***总书记重要讲话精神\n20XX年工作要点。\n';

describe("CLI: what it says, in the person's language", () => {
  it('--help is in Chinese under a Chinese locale, like the messages', () => {
    const dir = scratch({});
    assert.match(cli(['--help'], dir, CHINESE).stdout, /^用法：speech-draft <命令>/);
    assert.match(cli(['--help'], dir, CHINESE).stdout, /--allow-placeholders/);
    assert.match(cli(['--help'], dir).stdout, /^Usage: speech-draft <command>/);
  });

  it("an unknown option is one clean line, in Chinese too, without Node's parser wording", () => {
    const dir = scratch({});
    const english = cli(['lint', '--bogus', 'a.txt'], dir);
    assert.equal(english.stderr, 'speech-draft: unknown option --bogus; see --help\n');
    assert.doesNotMatch(english.stderr, /positional|'--/);
    const chinese = cli(['lint', '--bogus', 'a.txt'], dir, CHINESE);
    assert.equal(chinese.stderr, 'speech-draft: 未知选项 --bogus；参见 --help\n');
    assert.equal(chinese.status, 2);
  });

  it('lint closes with one summary line on stderr, stdout keeping only the findings', () => {
    const dir = scratch({ 'a.txt': WITH_PLACEHOLDERS, 'b.txt': '同志们：\n今天,开会。\n' });
    const result = cli(['lint', 'a.txt', 'b.txt'], dir);
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout
        .trimEnd()
        .split('\n')
        .every((line) => /^[ab]\.txt:\d+:\d+: /.test(line)),
      true,
      result.stdout,
    );
    assert.match(result.stderr, /^2 files checked: 4 problems \(2 errors, 1 warning, 1 info\)\n$/);
    const fixed = cli(['lint', '--fix', 'b.txt'], dir, CHINESE);
    assert.match(fixed.stderr, /^检查了1个文件：.*已修复1个\n$/);
    const clean = cli(['lint', 'b.txt'], dir);
    assert.match(clean.stderr, /^1 file checked: /);
  });

  it('export warns on stderr about unfilled placeholders, still writes with exit 0, and says what it wrote', () => {
    const dir = scratch({ '讲话.txt': WITH_PLACEHOLDERS });
    const result = cli(['export', '讲话.txt', '-o', 'out.docx'], dir);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(dir, 'out.docx')));
    const [warning, summary] = result.stderr.trimEnd().split('\n');
    assert.match(
      warning,
      /^speech-draft: warning: 讲话\.txt: The speech still has 2 unfilled placeholders, .*line 2: 「\*\*\*」; line 3: 「20XX」 \(--allow-placeholders exports without this warning\)$/,
    );
    assert.match(summary, /^Exported out\.docx \(official-document format, [\d,]+ characters\)$/);
    const quiet = cli(['export', '--allow-placeholders', '讲话.txt', '-o', 'quiet.docx'], dir, CHINESE);
    assert.equal(quiet.status, 0);
    assert.match(quiet.stderr, /^已导出 quiet\.docx（公文格式，[\d,]+字）\n$/);
  });
});
