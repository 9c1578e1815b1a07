/**
 * Files that are not files: every path a user hands to the CLI (scenario, `extends`, design CSV,
 * result folders for rerun and merge, --cases) is opened once, refused unless it is a regular file,
 * and never read past its size limit. Run through the real CLI as a process, with a real named pipe,
 * /dev/zero, a folder and a Unix socket: a hang would be killed and show as a signal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliProcess, type ProcessResult } from './helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-files-'));
const fifo = (name: string) => {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
};
const socketPath = join(dir, 'socket.yaml');
const socket = createServer();

beforeAll(() => new Promise<void>((done) => socket.listen(socketPath, done)));
afterAll(async () => {
  await new Promise<void>((done) => socket.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, a one-line error without a stack trace, and not killed for hanging. */
function refused(r: ProcessResult, received: RegExp): void {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.err).toMatch(received);
  expect(r.err).not.toMatch(/failed unexpectedly|\n\s+at /);
}

describe('ppsim validate|run FILE that is not a regular file', () => {
  it('refuses a named pipe, /dev/zero, a folder and a socket with exit 2, without hanging or reading them', async () => {
    mkdirSync(join(dir, 'folder.yaml'));
    const [pipe, zero, folder, sock, run] = await Promise.all([
      cliProcess(['validate', fifo('pipe.yaml')]),
      cliProcess(['validate', '/dev/zero']),
      cliProcess(['validate', join(dir, 'folder.yaml')]),
      cliProcess(['validate', socketPath]),
      cliProcess(['run', fifo('run.yaml'), '--reps', '2']),
    ]);
    refused(pipe as ProcessResult, /\(file\): expected a scenario file \(a regular file\), received a named pipe \(FIFO\) \(name a regular file/);
    refused(zero as ProcessResult, /\(file\): expected a scenario file \(a regular file\), received a character device/);
    refused(folder as ProcessResult, /\(file\): expected a scenario file \(a regular file\), received a folder/);
    refused(sock as ProcessResult, /\(file\): expected a scenario file \(a regular file\), received a socket/);
    refused(run as ProcessResult, /received a named pipe \(FIFO\)/);
  });

  it('refuses a named pipe reached through `extends`', async () => {
    fifo('parent.yaml');
    const child = join(dir, 'child.yaml');
    writeFileSync(child, 'id: child\ntitle: Child\nplace: Nowhere\nservice: home care\nperiod: { start: 2005-01-03, years: 2 }\nextends: ./parent.yaml\nsummary: Extends a pipe.\n');
    refused(await cliProcess(['validate', child]), /received a named pipe \(FIFO\)/);
  });
});

describe('ppsim sweep --design FILE.csv, merge, rerun and --cases on things that are not files', () => {
  it('refuses each with exit 2 and the path, without hanging', async () => {
    const sweepFolder = join(dir, 'sweep-out');
    mkdirSync(sweepFolder);
    fifo('sweep-out/sweep.json');
    const [design, merge, rerun, rerunFolder, cases] = await Promise.all([
      cliProcess(['sweep', 'reference', '--param', 'governance.controlIntensity=0:1', '--design', fifo('design.csv'), '--out', join(dir, 'never')]),
      cliProcess(['merge', sweepFolder]),
      cliProcess(['rerun', fifo('summary.json')]),
      cliProcess(['rerun', sweepFolder]),
      cliProcess(['list', '--cases', '/dev/zero']),
    ]);
    refused(design as ProcessResult, /--design .*design\.csv: expected a CSV file of design points \(a regular file\), received "a named pipe \(FIFO\)"\. Fix:/);
    refused(merge as ProcessResult, /sweep\.json: expected a ppsim sweep specification \(a regular file\), received "a named pipe \(FIFO\)"/);
    refused(rerun as ProcessResult, /summary\.json: expected a ppsim result \(a regular file\), received "a named pipe \(FIFO\)"/);
    refused(rerunFolder as ProcessResult, /sweep\.json: expected a ppsim sweep specification \(a regular file\)/);
    refused(cases as ProcessResult, /\/dev\/zero: expected a folder of case files \(--cases\), received "not a folder"/);
  });
});
