/** `ppsim list`, `ppsim validate` and `ppsim schema`: the scenario files and their format. */
import { relative } from 'node:path';
import { PpsimError, resultJsonSchemas } from '@ppsim/core';
import { listScenarios, loadScenario, scenarioJsonSchema } from '@ppsim/scenarios';
import { documentText } from '../provenance.ts';

/** `ppsim list [--json]`: every built-in case, one line each, its variants indented below it. */
export function listCommand(options: { readonly json: boolean; readonly casesDir?: string }): { readonly output: string; readonly error?: PpsimError } {
  const listing = listScenarios(options.casesDir === undefined ? {} : { casesDir: options.casesDir });
  const shown = (file: string | undefined) => (file === undefined ? undefined : relative(process.cwd(), file));
  let output: string;
  if (options.json) {
    output = documentText({
      scenarios: listing.scenarios.map((s) => ({ ...s, ...(s.file === undefined ? {} : { file: shown(s.file) }) })),
      invalid: listing.invalid.map((c) => ({ ...c, file: shown(c.file) })),
    });
  } else {
    const width = Math.max(0, ...listing.scenarios.map((s) => s.id.length), ...listing.scenarios.flatMap((s) => s.variants.map((v) => v.name.length + 2)));
    const lines = listing.scenarios.flatMap((s) => [`${s.id.padEnd(width)}  ${s.title}`, ...s.variants.map((v) => `  ${v.name.padEnd(width - 2)}  ${v.title}`)]);
    output = `${[...lines, '', 'Run one with `ppsim run <id> [--variant <name>]`.'].join('\n')}\n`;
  }
  if (listing.invalid.length === 0) return { output };
  const first = listing.invalid[0];
  return {
    output,
    error: new PpsimError('invalid_input', {
      path: 'built-in cases',
      expected: 'every case file to load',
      received: listing.invalid.map((c) => `${c.id} (${c.issues.length} problem${c.issues.length === 1 ? '' : 's'})`).join(', '),
      hint: `run \`ppsim validate ${shown(first?.file) ?? ''}\` to see them`,
    }),
  };
}

/** `ppsim validate FILE`: every problem (thrown, exit 2), or one line saying the file is valid. */
export function validateCommand(file: string, options: { readonly casesDir?: string } = {}): string {
  const s = loadScenario(file, options);
  // Inherited variants were checked against their own file; applying each checks them against this one.
  for (const v of s.variants) loadScenario(file, { ...options, variant: v.name });
  return `✔ ${file} is a valid ppsim scenario (${s.evidence.length} params, ${s.timeline.length} events, ${s.variants.length} variants)\n`;
}

/** `ppsim schema`: the JSON Schema of scenario files, or with `results` those of the result documents, by command. */
export function schemaCommand(results = false): string {
  return documentText(results ? resultJsonSchemas() : scenarioJsonSchema());
}
