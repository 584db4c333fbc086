/** The web worker cannot load a second file: there, the export module is bundled in. */
import * as Export from '../export';

export function loadExportModule(): typeof Export {
  return Export;
}
