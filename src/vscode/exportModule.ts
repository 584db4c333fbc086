/**
 * The export module (docx is large): in Node it stays in dist/export.js and is loaded on the first export, so the
 * extension's own bundle stays small and quick to activate. The web build swaps this file for exportModule.web.ts.
 */
import type * as Export from '../export';

export function loadExportModule(): typeof Export {
  // Resolved at run time beside dist/extension.js; the build keeps it out of the bundle.
  return require('./export.js') as typeof Export;
}
