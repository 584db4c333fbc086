// A display language for code-server without its language pack, for `LOCALE=zh-cn npm start` and the integration
// tests' zh-cn run. The server looks a locale up in the user data's languagepacks.json, which installing a language
// pack writes; this declares there a pack with no translations of its own. VS Code then reports the locale
// (vscode.env.language) and every extension shows its own texts in it, while the workbench's own strings stay English
// (the Chinese language pack, from the marketplace, translates those).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function declareLocale(userDataDir, locale) {
  const translations = join(userDataDir, 'display-locale', 'main.i18n.json');
  mkdirSync(dirname(translations), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `display-locale-${locale}`,
    extensions: [{ extensionIdentifier: { id: 'speech-draft.display-locale' }, version: '1.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}
