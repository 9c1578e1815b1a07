// The API reference (`pnpm docs:api`, typedoc.json) must build without a warning: every exported
// symbol of the public entry points documented, every {@link} resolving. Built into a scratch
// folder here; `pnpm docs:api` writes docs/api/ (ignored by git).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const typedoc = join(dirname(createRequire(join(root, 'package.json')).resolve('typedoc/package.json')), 'bin', 'typedoc');

describe('pnpm docs:api', () => {
  it('typedoc builds the reference with validation on and no warnings (TSDoc on every export, no broken links)', () => {
    const out = mkdtempSync(join(tmpdir(), 'ppsim-api-'));
    try {
      const r = spawnSync(process.execPath, [typedoc, '--out', out, '--treatWarningsAsErrors', '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8' });
      expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
