import { afterEach, beforeEach, vi } from 'vitest';

// Library code must stay silent: a stray console.* call fails the test that triggered it.
// Tests that check output capture it themselves (by spying, or by running the CLI as a process).
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof methods)[number];
const spies = new Map<Method, ReturnType<typeof vi.spyOn>>();

beforeEach(() => {
  for (const m of methods)
    spies.set(
      m,
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
});

afterEach(() => {
  const calls: string[] = [];
  for (const [m, spy] of spies) {
    for (const args of spy.mock.calls) calls.push(`console.${m}(${args.map(String).join(', ')})`);
    spy.mockRestore();
  }
  spies.clear();
  if (calls.length > 0) throw new Error(`stray console output during the test:\n${calls.join('\n')}`);
});
