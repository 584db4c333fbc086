/** The integration suite in the Node extension host (code-server's remote host, or desktop VS Code). */

import Mocha from 'mocha';
import { loadTests } from './suite';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SPEECH_DRAFT_TEST_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  loadTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) =>
      failures > 0 ? reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`)) : resolve(),
    );
  });
}
