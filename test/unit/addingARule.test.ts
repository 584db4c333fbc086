/**
 * Adding a rule is one rule file, one line in the registry and one specimen file: this test does exactly that to a
 * copy of the project, with a throw-away rule, and checks that the engine runs it, its specimen passes, and
 * `npm run gen` writes its setting, schema entry, table rows and docs section. The rule has an option, a trigger (the
 * engine calls it only on lines with a full-width digit) and a quick fix of its own, and needs no line elsewhere.
 */

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO } from './helpers';

const RULE_FILE = `/** Rule \`fullwidth-digit\`: full-width digits (１２３), which GB/T 15835 writes half-width. */

import type { ActionContext, LineContext, LineRule, RuleAction } from './types';

const RUN = /[０-９]+/g;

export const fullwidthDigit: LineRule = {
  meta: {
    id: 'fullwidth-digit',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      fullWidth: { 'zh-cn': '数字「{run}」应写作半角「{to}」。', en: 'Write 「{run}」 with half-width digits: 「{to}」.' },
      spellOut: { 'zh-cn': '改写「{run}」…', en: 'Rewrite 「{run}」…' },
      spellOutPrompt: { 'zh-cn': '用来替换「{run}」的文字', en: 'The text that replaces 「{run}」' },
    },
    description: { 'zh-cn': '全角数字应为半角。', en: 'Full-width digits should be half-width.' },
    docs: 'fullwidth-digit',
    tags: ['numbers'],
    summary: { 'zh-cn': '全角数字。', en: 'Full-width digits.' },
    catches: '\`２０２５年\`',
    fixSummary: '\`2025年\`',
    options: {
      minDigits: {
        default: 1,
        schema: { type: 'integer', minimum: 1, maximum: 10 },
        description: { 'zh-cn': '至少几位全角数字才提示。', en: 'The fewest full-width digits in a run that is reported.' },
      },
    },
  },
  trigger: { chars: '０１２３４５６７８９' },
  checkLine({ text, settings, report }: LineContext): void {
    for (const match of text.matchAll(RUN)) {
      if (match[0].length < (settings.minDigits as number)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const to = match[0].replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
      report({ start, end, messageId: 'fullWidth', data: { run: match[0], to }, fix: { title: 'changeTo', data: { to }, newText: to, safe: true } });
    }
  },
  actions({ finding, speech }: ActionContext): RuleAction[] {
    const run = speech.text.slice(finding.span.start, finding.span.end);
    return [{ kind: 'ask-and-replace', title: 'spellOut', prompt: 'spellOutPrompt', data: { run }, spans: [finding.span] }];
  },
};
`;

const SPECIMEN = `% fullwidth-digit
２０２５年是关键之年。  ⟦２０２５⟧
⇒ 2025年是关键之年。
增长５%，完成１２项。  ⟦５⟧⟦１２⟧
第３季度。  ⟦３⟧
2025年是关键之年。
增长5%。
二〇二五年。
`;

describe('adding a rule', function () {
  this.timeout(120_000);
  let copy: string;

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'speech-draft-new-rule-'));
    for (const path of [
      'src',
      'scripts',
      'docs',
      'schemas',
      'test/rules',
      'test/unit/specimens.ts',
      'README.md',
      'package.json',
      'package.nls.json',
      'package.nls.zh-cn.json',
      'tsconfig.json',
    ]) {
      cpSync(join(REPO, path), join(copy, path), { recursive: true });
    }
    // The three steps.
    writeFileSync(join(copy, 'src/core/rules/fullwidthDigit.ts'), RULE_FILE);
    appendFileSync(join(copy, 'src/core/rules/registry.ts'), "export { fullwidthDigit } from './fullwidthDigit';\n");
    writeFileSync(join(copy, 'test/rules/fullwidth-digit.txt'), SPECIMEN);
  });

  after(() => rmSync(copy, { recursive: true, force: true }));

  it("type-checks under the project's strict settings", () => {
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    writeFileSync(
      join(copy, 'tsconfig.core.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['src/core'] }),
    );
    execFileSync(
      process.execPath,
      [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(copy, 'tsconfig.core.json'), '--noEmit'],
      { cwd: copy, stdio: 'pipe' },
    );
  });

  it('runs in the engine, its specimen passes through the generic specimen check, its option is read and checked, and its own quick fix is offered', () => {
    const entry = join(copy, 'check.ts');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';
import { codeActionsFor, DEFAULT_RULE_OPTIONS, lint, mergeConfigs, parseSpeech, RULES, validateUserConfig } from './src/core';
import { parseSpecimen, specimenMismatches } from './test/unit/specimens';
const documents = parseSpecimen(readFileSync(${JSON.stringify(join(copy, 'test/rules/fullwidth-digit.txt'))}, 'utf8'));
const speech = parseSpeech('增长５%。');
const findings = lint(speech).filter((finding) => finding.rule === 'fullwidth-digit');
const actions = codeActionsFor(speech, findings, findings, DEFAULT_RULE_OPTIONS).map((plan) =>
  plan.kind === 'fix' || plan.kind === 'ask-and-replace' ? plan.kind + ' ' + plan.title.en : plan.kind,
);
const twoOrMore = mergeConfigs({ rules: { 'fullwidth-digit': ['warning', { minDigits: 2 }] } });
const configured = lint(parseSpeech('增长５%，完成１２项。'), twoOrMore).filter((finding) => finding.rule === 'fullwidth-digit');
const misspelt = validateUserConfig({ rules: { 'fullwidth-digit': ['warning', { minDigit: 2 }] } }).map((problem) => problem.en);
console.log(JSON.stringify({ ids: RULES.map((rule) => rule.meta.id), mismatches: documents.flatMap((document) => specimenMismatches(document, 'fullwidth-digit')), actions, configured: configured.map((finding) => finding.span), misspelt }));
`,
    );
    buildSync({
      entryPoints: [entry],
      outfile: join(copy, 'check.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
    const result = JSON.parse(execFileSync(process.execPath, [join(copy, 'check.js')], { encoding: 'utf8' })) as {
      ids: string[];
      mismatches: string[];
      actions: string[];
      configured: Array<{ start: number; end: number }>;
      misspelt: string[];
    };
    assert.ok(result.ids.includes('fullwidth-digit'));
    assert.deepEqual(result.mismatches, []);
    assert.deepEqual(
      result.actions,
      ['fix Change to 「5」', 'ask-and-replace Rewrite 「５」…', 'ignore', 'ignore', 'disable-rule', 'rule-docs'],
      'its fix and its own quick fix, offered through the generic code actions',
    );
    assert.deepEqual(result.configured, [{ start: 7, end: 9 }], 'its option, set the ESLint way, takes effect');
    assert.deepEqual(result.misspelt, ['rule 「fullwidth-digit」 has no option 「minDigit」 (options: minDigits)']);
  });

  it('npm run gen writes its setting, nls lines, schema entry with its option, README row and docs section', () => {
    buildSync({
      entryPoints: [join(copy, 'scripts/ruleCatalog.ts')],
      outfile: join(copy, 'out/scripts/ruleCatalog.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
    execFileSync(process.execPath, [join(copy, 'scripts/gen.mjs')], { cwd: copy, stdio: 'pipe' });
    const read = (file: string): string => readFileSync(join(copy, file), 'utf8');
    const manifest = JSON.parse(read('package.json')) as {
      contributes: {
        configuration: { properties: Record<string, { properties: Record<string, { default: string }> }> };
      };
    };
    assert.equal(
      manifest.contributes.configuration.properties['speechDraft.rules'].properties['fullwidth-digit'].default,
      'warning',
    );
    assert.equal(
      (JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>)['rule.fullwidth-digit'],
      '全角数字。',
    );
    const schema = JSON.parse(read('schemas/speechdraftrc.schema.json')) as {
      properties: {
        rules: { properties: Record<string, { anyOf: Array<{ items?: Array<{ properties?: object }> }> }> };
      };
    };
    const entry = schema.properties.rules.properties['fullwidth-digit'];
    assert.deepEqual(
      entry.anyOf[1].items?.[1].properties,
      {
        minDigits: {
          type: 'integer',
          minimum: 1,
          maximum: 10,
          default: 1,
          description: 'The fewest full-width digits in a run that is reported.',
        },
      },
      'its option in the schema of .speechdraftrc.json',
    );
    assert.match(read('README.md'), /\| `fullwidth-digit` \| warning \| `２０２５年` \| `2025年` \|/);
    assert.match(
      read('docs/rules.md'),
      /## fullwidth-digit\n\n<!-- rule:fullwidth-digit:start -->\n规则 `fullwidth-digit`：全角数字。/,
    );
    assert.match(read('docs/rules.md'), /\| `minDigits` \| `1` \| whole number, 1–10 \|/, 'its option in the docs');
  });
});
