/** node --cpu-prof out/bench/profile.js [full|edit]: a loop of one benchmark path, for finding hot spots. */
import { buildOutline, DEFAULT_LINT_CONFIG, SpeechAnalyzer } from '../src/core';
import { corpus, typedInto } from './corpus';

const text = corpus(100_000);
const mode = process.argv[2] ?? 'full';
if (mode === 'full') {
  for (let i = 0; i < 60; i++) {
    const { speech } = new SpeechAnalyzer().analyze(text, DEFAULT_LINT_CONFIG, 220);
    buildOutline(speech, 220);
  }
} else {
  const analyzer = new SpeechAnalyzer();
  let current = text;
  for (let i = 0; i < 3000; i++) {
    // As the bench types (a flat string, as VS Code gives): a concatenation would profile the flattening of a rope.
    current = typedInto(current, i);
    const { speech } = analyzer.analyze(current, DEFAULT_LINT_CONFIG, 220);
    buildOutline(speech, 220);
  }
}
