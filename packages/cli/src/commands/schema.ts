/** `ppsim schema --targets`: the JSON Schema of calibration targets files. */
import { targetsJsonSchema } from '@ppsim/scenarios';
import { documentText } from '../provenance.ts';

/**
 * `targetsSchemaCommand()`: the JSON Schema (draft 2020-12) of targets files (`format:
 * ppsim-targets/v1`), its `metric` listing the result metrics, as `ppsim schema --targets` prints it.
 */
export function targetsSchemaCommand(): string {
  return documentText(targetsJsonSchema());
}
