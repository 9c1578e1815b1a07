// Entry point of `pnpm ppsim` (through tsx): run the CLI on this process's arguments.
import { main } from './main.ts';

// `ppsim schema | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
