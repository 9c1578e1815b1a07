// Entry point of `pnpm ppsim` (through tsx): run the CLI on this process's arguments.
import { main } from './main.ts';

process.exitCode = main(process.argv.slice(2));
