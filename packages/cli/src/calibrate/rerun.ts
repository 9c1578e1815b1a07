/**
 * `ppsim rerun <calibration folder>`: runs the recorded calibration again from its calibration.json
 * in a temporary folder, on one thread, and compares every result file byte for byte, taking only
 * the environment in summary.json's provenance as recorded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PpsimError, inThread } from '@ppsim/core';
import { documentText } from '../provenance.ts';
import { readResultFile } from '../readBack.ts';
import { fileDifference, withRecordedEnvironment } from '../commands/rerun-diff.ts';
import { writeDocument } from '../sweep/parts.ts';
import { writeCalibration } from './outputs.ts';
import { runCalibration, type CalibrationOutcome } from './run.ts';
import { readCalibrationSpec } from './spec.ts';

/** The result files of a calibration folder, in the order a rerun compares them. */
export const CALIBRATION_FILES = ['samples.csv', 'waves.csv', 'ppc.csv', 'calibrated.yaml', 'summary.json'] as const;

/** `rerunCalibration(dir, { json })`: the text to print and the exit code (0 reproduced, 1 not). */
export function rerunCalibration(dir: string, options: { readonly json: boolean }): { readonly output: string; readonly warnings: readonly string[]; readonly code: 0 | 1 } {
  const spec = readCalibrationSpec(join(dir, 'calibration.json'));
  if (!existsSync(join(dir, 'summary.json'))) {
    throw new PpsimError('invalid_input', {
      path: join(dir, 'summary.json'),
      expected: 'the results of a finished calibration',
      received: 'none',
      hint: 'finish the calibration first by running its command again (finished runs are kept)',
    });
  }
  const scratch = mkdtempSync(join(tmpdir(), 'ppsim-rerun-'));
  try {
    writeDocument(join(scratch, 'calibration.json'), spec);
    const outcome = runCalibration(scratch, spec, inThread()) as CalibrationOutcome;
    if (outcome.kind !== 'done') throw new PpsimError('invalid_state', { path: dir, expected: 'a calibration that finishes in one thread', received: outcome.stage, hint: 'report this as a bug' });
    writeCalibration(scratch, spec, outcome.result);
    const compared = CALIBRATION_FILES.filter((f) => existsSync(join(dir, f))).map((name) => {
      const recorded = readResultFile(join(dir, name), 'a result file of a calibration');
      const made = readFileSync(join(scratch, name), 'utf8');
      return { name, difference: fileDifference(name, recorded, name.endsWith('.json') ? withRecordedEnvironment(made, recorded) : made) };
    });
    const differing = compared.filter((c) => c.difference !== undefined);
    const reproduced = differing.length === 0;
    if (options.json) {
      return {
        output: documentText({ reproduced, folder: dir, compared: compared.map((c) => c.name), differences: differing.map((d) => ({ file: d.name, difference: d.difference })) }),
        warnings: [],
        code: reproduced ? 0 : 1,
      };
    }
    const scope = `  compared: ${compared.map((c) => c.name).join(', ')}, each recomputed from calibration.json (every wave and the check run again); taken as recorded: the environment (ppsim version, Node, platform, git commit)\n`;
    return reproduced
      ? { output: `✔ reproduced byte for byte: the calibration in ${dir} (${outcome.result.waves.length} wave(s))\n${scope}`, warnings: [], code: 0 }
      : { output: `${differing.map((d) => `✖ not reproduced: ${join(dir, d.name)}: ${d.difference}`).join('\n')}\n${scope}`, warnings: [], code: 1 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
