import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RULES, ruleDocSection, type TypoChecker } from '../../src/core';
import {
  docsRuleIndex,
  readmeRuleTable,
  replaceBetweenMarkers,
  ruleNlsEntries,
  ruleSettings,
  rulesSchema,
  withRuleHeaders,
} from '../../scripts/ruleCatalog';
import { REPO } from './helpers';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('package', () => {
  it('src/core never imports vscode or a Node built-in: it runs in a browser worker too', () => {
    for (const file of filesUnder(resolve(REPO, 'src/core'))) {
      const source = readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /from ['"]vscode['"]|require\(['"]vscode['"]\)/, relative(REPO, file));
      assert.doesNotMatch(source, /from ['"](node:)?(fs|path|os|child_process|util)['"]/, relative(REPO, file));
    }
  });

  it('the .vsix holds only dist/ (with the typo lexicon), snippets/, syntaxes/, the language configuration, nls, l10n, README, CHANGELOG, LICENSE, package.json, the rules doc diagnostics link to and the .speechdraftrc.json schema', () => {
    const vsce = resolve(REPO, 'node_modules/@vscode/vsce/vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '');
    const allowed =
      /^(dist\/(web\/)?extension\.js|dist\/cli\.js|dist\/export\.js|dist\/re2\.js|dist\/zh-lm\.bin|dist\/zh-candidates\.txt|dist\/zh-lm\.LICENSE\.txt|dist\/Unihan\.LICENSE\.txt|dist\/jieba\.LICENSE\.txt|dist\/ecspell\.LICENSE\.txt|dist\/pinyin\.js|dist\/typo\.js|dist\/pinyin-pro\.LICENSE\.txt|snippets\/.+|syntaxes\/.+|language-configuration\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n\.[a-z-]+\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json|docs\/rules\.md|schemas\/speechdraftrc\.schema\.json)$/;
    for (const file of listed) {
      assert.match(file, allowed);
    }
    for (const required of [
      'docs/rules.md',
      'schemas/speechdraftrc.schema.json',
      'dist/extension.js',
      'dist/web/extension.js',
      'dist/cli.js',
      // The shipped data's licences: the model's and candidates' (LGPL-2.1-or-later), the Unihan data's (Unicode),
      // cppjieba's dictionary's (MIT), whose words are the candidates' [lexicon] section, and the typo benchmark's
      // (MIT), whose train split's slips are the candidates' [mined] section.
      'dist/zh-lm.LICENSE.txt',
      'dist/Unihan.LICENSE.txt',
      'dist/jieba.LICENSE.txt',
      'dist/ecspell.LICENSE.txt',
      // The pinyin hover's module and pinyin-pro's licence (MIT), bundled in it.
      'dist/pinyin.js',
      'dist/pinyin-pro.LICENSE.txt',
      // The typo model's engine, loaded with the model.
      'dist/typo.js',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'package.json',
      'language-configuration.json',
    ]) {
      assert.ok(listed.includes(required), `${required} is packaged`);
    }
  });

  it('ships the typo engine beside the extension (dist/typo.js, loaded with the model), not in either bundle', () => {
    const dist = resolve(REPO, 'dist');
    for (const bundle of ['extension.js', 'web/extension.js'])
      assert.doesNotMatch(
        readFileSync(join(dist, bundle), 'utf8'),
        /pairsInWords/,
        `the typo engine is out of ${bundle}`,
      );
    // Plain ES2022 with no Node built-in, run alone as the web worker host runs it: a CommonJS module of its own.
    const source = readFileSync(join(dist, 'typo.js'), 'utf8');
    assert.doesNotMatch(source, /require\(/);
    const module = { exports: {} as { TypoChecker?: typeof TypoChecker } };
    new Function('module', 'exports', source)(module, module.exports);
    const engine = module.exports.TypoChecker;
    assert.ok(engine, 'dist/typo.js exports TypoChecker');
    const checker = engine.from(
      readFileSync(join(dist, 'zh-lm.bin')),
      readFileSync(join(dist, 'zh-candidates.txt'), 'utf8'),
    );
    assert.deepEqual(
      checker.checkLine('国家科学技术进步奖分为一等奖、二登奖两个等级。').map((typo) => typo.newText),
      ['等'],
    );
  });

  it('declares support for untrusted and virtual workspaces (nothing from the workspace is executed)', () => {
    const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
    };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('every %key% of the manifest has an English and a Chinese string, and every runtime string a Chinese one', () => {
    const manifest = readFileSync(resolve(REPO, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    const english = JSON.parse(readFileSync(resolve(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const chinese = JSON.parse(readFileSync(resolve(REPO, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    assert.ok(keys.length > 0);
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json has ${key}`);
      assert.ok(chinese[key], `package.nls.zh-cn.json has ${key}`);
    }
    const bundle = JSON.parse(readFileSync(resolve(REPO, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<
      string,
      string
    >;
    const used = filesUnder(resolve(REPO, 'src/vscode')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) =>
        match[1].replace(/\\'/g, "'"),
      ),
    );
    assert.ok(used.length > 0);
    for (const message of used) {
      assert.ok(bundle[message], `l10n/bundle.l10n.zh-cn.json translates ${JSON.stringify(message)}`);
    }
  });
});

describe('rule registry', () => {
  const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as {
    contributes: {
      configuration: { properties: Record<string, { properties?: Record<string, { default?: string }> }> };
    };
  };
  const ruleSettings = manifest.contributes.configuration.properties['speechDraft.rules'].properties ?? {};
  const docs = readFileSync(resolve(REPO, 'docs/rules.md'), 'utf8');

  for (const rule of RULES) {
    it(`${rule.meta.id}: metadata, a setting with its default, and a docs section with wrong and right examples`, () => {
      assert.match(rule.meta.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.meta.description['zh-cn'] && rule.meta.description.en);
      assert.equal(ruleSettings[rule.meta.id]?.default, rule.meta.defaultSeverity);
      const section = docs.split(/^## /m).find((part) => part.startsWith(`${rule.meta.docs}\n`));
      assert.ok(section, `docs/rules.md has a section "## ${rule.meta.docs}"`);
      assert.match(section, /Wrong:/);
      assert.match(section, /Right:/);
    });
  }

  it('ids are unique', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('grammar', () => {
  const grammar = JSON.parse(readFileSync(resolve(REPO, 'syntaxes/speech.tmLanguage.json'), 'utf8')) as unknown;
  const tests = readdirSync(resolve(REPO, 'test/grammar'))
    .map((file) => readFileSync(resolve(REPO, 'test/grammar', file), 'utf8'))
    .join('\n');

  function scopesIn(node: unknown): string[] {
    if (Array.isArray(node)) return node.flatMap(scopesIn);
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'name' && typeof value === 'string' ? value.split(' ') : scopesIn(value),
    );
  }

  it('every scope the grammar gives is asserted by a grammar test', () => {
    const scopes = [...new Set(scopesIn(grammar))].filter((scope) => scope !== 'Speech');
    assert.ok(scopes.length > 10);
    for (const scope of scopes) {
      assert.ok(
        new RegExp(`[ -]${scope.replace(/\./g, '\\.')}(\\s|$)`, 'm').test(tests),
        `test/grammar asserts ${scope}`,
      );
    }
  });
});

/** Every string under a key that VS Code compiles as a regular expression, with the path that leads to it. */
function regexStrings(value: unknown, path: string[] = []): Array<{ path: string; source: string }> {
  if (typeof value === 'string') {
    const key = path.at(-1) ?? '';
    return /^(regexp|wordPattern|increaseIndentPattern|decreaseIndentPattern|indentNextLinePattern|unIndentedLinePattern|beforeText|afterText|previousLineText|start|end)$/.test(
      key,
    )
      ? [{ path: path.join('.'), source: value }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => regexStrings(item, [...path, String(index)]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => regexStrings(item, [...path, key]));
  return [];
}

describe('regular expressions in the manifest and the language configuration', () => {
  const sources = [
    ...regexStrings(JSON.parse(readFileSync(resolve(REPO, 'language-configuration.json'), 'utf8'))),
    ...regexStrings(JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')).contributes),
  ];

  it('finds the word pattern and the problem matcher', () => {
    assert.ok(sources.some((entry) => entry.path === 'wordPattern'));
    assert.ok(sources.some((entry) => entry.path.endsWith('pattern.regexp')));
  });

  it('each compiles without the u flag, as VS Code compiles a string pattern, and means the same as with it', () => {
    for (const { path, source } of sources) {
      assert.doesNotThrow(() => new RegExp(source), path);
      // Without u, \p{…} is the letter p and a literal {…}: the pattern compiles and silently matches the wrong thing.
      assert.doesNotMatch(source, /\\[pPu]\{/, `${path} needs the u flag, which VS Code does not add: ${source}`);
    }
  });

  it('the word pattern finds Chinese words and Latin prefixes, so completion pops up as a prefix is typed', () => {
    const pattern = new RegExp(
      JSON.parse(readFileSync(resolve(REPO, 'language-configuration.json'), 'utf8')).wordPattern,
      'g',
    );
    assert.deepEqual('开班式 kbs 一、'.match(pattern), ['开班式', 'kbs', '一']);
  });
});

describe('engines', () => {
  it('every production dependency runs on every Node the project declares (no EBADENGINE on install)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- semver ships no types here; it is npm's own
    const semver = require('semver') as { subset(sub: string, dom: string): boolean };
    const manifest = JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { engines: { node: string } };
    const tree = JSON.parse(
      // --long prints every package's manifest: more than execFileSync's default 1 MB buffer once a tree is linked
      execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], {
        cwd: REPO,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }),
    ) as DependencyTree;
    const visit = (dependencies: Record<string, DependencyTree> | undefined): void => {
      for (const [name, node] of Object.entries(dependencies ?? {})) {
        const wanted = node.engines?.node;
        if (wanted)
          assert.ok(
            semver.subset(manifest.engines.node, wanted),
            `${name}@${node.version} wants node ${wanted}, the project declares ${manifest.engines.node}`,
          );
        visit(node.dependencies);
      }
    };
    visit(tree.dependencies);
  });
});

interface DependencyTree {
  version?: string;
  engines?: { node?: string };
  dependencies?: Record<string, DependencyTree>;
}

describe('files generated from the rules (npm run gen)', () => {
  const read = (file: string): string => readFileSync(resolve(REPO, file), 'utf8');
  const json = (file: string): Record<string, unknown> => JSON.parse(read(file)) as Record<string, unknown>;
  const stale = 'stale: run npm run gen';

  it("package.json holds each rule's setting, with every severity", () => {
    const manifest = json('package.json') as {
      contributes: { configuration: { properties: Record<string, { properties?: unknown }> } };
    };
    assert.deepEqual(
      manifest.contributes.configuration.properties['speechDraft.rules'].properties,
      ruleSettings(),
      stale,
    );
  });

  it("package.nls.json and package.nls.zh-cn.json hold each rule's line", () => {
    for (const [file, language] of [
      ['package.nls.json', 'en'],
      ['package.nls.zh-cn.json', 'zh-cn'],
    ] as const) {
      const entries = Object.fromEntries(Object.entries(json(file)).filter(([key]) => key.startsWith('rule.')));
      assert.deepEqual(entries, ruleNlsEntries(language), `${file} ${stale}`);
    }
  });

  it('the .speechdraftrc.json schema lists the rules', () => {
    assert.deepEqual(
      (json('schemas/speechdraftrc.schema.json') as { properties: { rules: unknown } }).properties.rules,
      rulesSchema(),
      stale,
    );
  });

  it('the README and docs/rules.md hold the rule tables', () => {
    assert.equal(
      read('README.md'),
      replaceBetweenMarkers(read('README.md'), 'rules-table', readmeRuleTable()),
      `README.md ${stale}`,
    );
    assert.equal(
      read('docs/rules.md'),
      replaceBetweenMarkers(read('docs/rules.md'), 'rules-index', docsRuleIndex()),
      `docs/rules.md ${stale}`,
    );
  });

  it("docs/rules.md opens each rule's section with the header block its metadata gives, and shows it wrong and right", () => {
    const docs = read('docs/rules.md');
    assert.equal(docs, withRuleHeaders(docs), `docs/rules.md ${stale}`);
    for (const rule of RULES) {
      const section = ruleDocSection(docs, rule.meta.docs) ?? '';
      assert.match(section, /Wrong[^\n]*:\n\n```text\n(?!\(to be written\))/, `${rule.meta.id}: a wrong example`);
      assert.match(section, /Right[^\n]*:\n\n```text\n(?!\(to be written\))/, `${rule.meta.id}: a right example`);
    }
  });
});
