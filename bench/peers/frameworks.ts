/**
 * The frameworks compared, loaded on demand: a timing process imports only the framework it
 * times, so no library's module-level work (or global patching) reaches another's measurements.
 */
import type { Framework } from './types.ts';

/** Names of the frameworks, ppsim first. */
export const FRAMEWORKS = ['ppsim', 'flocc', 'agentscript'] as const;
export type FrameworkName = (typeof FRAMEWORKS)[number];

/** `loadFramework(name): Promise<Framework>` — imports one framework's implementations. */
export async function loadFramework(name: FrameworkName): Promise<Framework> {
  switch (name) {
    case 'ppsim':
      return (await import('./ppsim.ts')).ppsim;
    case 'flocc':
      return (await import('./flocc.ts')).flocc;
    case 'agentscript':
      return (await import('./agentscript.ts')).agentscript;
  }
}

/** True for a known framework name. */
export function isFrameworkName(name: string): name is FrameworkName {
  return (FRAMEWORKS as readonly string[]).includes(name);
}
