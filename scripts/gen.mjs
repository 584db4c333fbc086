// Writes what the rules' metadata decides into the files that keep it beside the code: each rule's setting in
// package.json, its line in package.nls.json and package.nls.zh-cn.json, the rules of the .speechdraftrc.json
// schema, the rule tables of README.md and docs/rules.md, and each rule's header block in docs/rules.md. Run by `npm run gen` after `npm run build`;
// test/unit/package.test.ts fails when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const catalog = require(resolve(REPO, 'out/scripts/ruleCatalog.js'));

const readJson = (file) => JSON.parse(readFileSync(resolve(REPO, file), 'utf8'));
const writeJson = (file, value) => writeFileSync(resolve(REPO, file), `${JSON.stringify(value, null, 2)}\n`);

/** The object with every `rule.` key replaced by `entries`, placed where the first of them stood. */
function withRuleEntries(nls, entries) {
  const result = {};
  let placed = false;
  for (const [key, value] of Object.entries(nls)) {
    if (key.startsWith('rule.')) {
      if (!placed) Object.assign(result, entries);
      placed = true;
      continue;
    }
    result[key] = value;
  }
  if (!placed) Object.assign(result, entries);
  return result;
}

const manifest = readJson('package.json');
manifest.contributes.configuration.properties['speechDraft.rules'].properties = catalog.ruleSettings();
writeJson('package.json', manifest);
writeJson('package.nls.json', withRuleEntries(readJson('package.nls.json'), catalog.ruleNlsEntries('en')));
writeJson(
  'package.nls.zh-cn.json',
  withRuleEntries(readJson('package.nls.zh-cn.json'), catalog.ruleNlsEntries('zh-cn')),
);
const schema = readJson('schemas/speechdraftrc.schema.json');
schema.properties.rules = catalog.rulesSchema();
writeJson('schemas/speechdraftrc.schema.json', schema);
for (const [file, marker, table] of [
  ['README.md', 'rules-table', catalog.readmeRuleTable()],
  ['docs/rules.md', 'rules-index', catalog.docsRuleIndex()],
]) {
  const path = resolve(REPO, file);
  writeFileSync(path, catalog.replaceBetweenMarkers(readFileSync(path, 'utf8'), marker, table));
}
const rulesDoc = resolve(REPO, 'docs/rules.md');
writeFileSync(rulesDoc, catalog.withRuleHeaders(readFileSync(rulesDoc, 'utf8')));
console.log(
  'gen: package.json, package.nls*.json, schemas/speechdraftrc.schema.json, README.md and docs/rules.md written from the rules',
);
