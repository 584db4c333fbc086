/** The integration suite in the browser's web worker extension host, against the `browser` bundle. */

import { loadTests } from './suite';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  // The browser build of mocha defines the global `mocha`; its spec output goes to the console.
  require('mocha/mocha');
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  loadTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) =>
      failures > 0
        ? reject(new Error(`${failures} web integration test${failures === 1 ? '' : 's'} failed`))
        : resolve(),
    );
  });
}
