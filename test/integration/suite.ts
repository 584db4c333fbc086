/** Loads every test file into the mocha instance the host set up (Node or web worker): one list for both. */
export function loadTests(): void {
  // Activation first: nothing else may have activated the extension before it is measured.
  require('./activation.test');
  // Then the picture, while the workspace holds nothing but the file it shows.
  require('./screenshot.test');
  require('./outline.test');
  require('./statusBar.test');
  require('./language.test');
  require('./hover.test');
  require('./displayLanguage.test');
  require('./diagnostics.test');
  require('./typo.test');
  require('./fixAll.test');
  require('./silence.test');
  require('./structure.test');
  require('./snippets.test');
  require('./robustness.test');
  require('./export.test');
  require('./word.test');
}
