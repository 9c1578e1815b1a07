/**
 * Open results: the --out folder (or files) of a CLI command, dropped on the page, chosen, or
 * served by `ppsim view DIR` (which the page finds through `?open=`). Each kind gets its charts:
 * ensembles their bands and paired differences (ui/open-ensembles.ts), sweeps a heatmap and
 * sensitivity analyses bars (ui/open-studies.ts), regime maps their winners over two parameters
 * (ui/map.ts), calibrations their targets against the check and a pairs plot of the samples
 * (ui/calibration.ts).
 */
import { readResult, ResultError, type InputFile, type LoadedResult } from '../data/results.ts';
import { eventLabelText } from '../data/cases.ts';
import { t } from '../i18n.ts';
import type { AppContext, Cleanup } from './context.ts';
import { append, h, replace } from './dom.ts';
import { renderCalibration } from './calibration.ts';
import { renderMap } from './map.ts';
import { renderEnsembles } from './open-ensembles.ts';
import { renderSensitivity, renderSweep } from './open-studies.ts';
import { provenanceBlock } from './provenance.ts';

/** The file listing `ppsim view DIR` serves next to the result files. */
export const LISTING = 'ppsim-files.json';

/** The files of a drop: folders are walked (their parts/ skipped); plain files are taken as they are. */
async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const items = transfer.items;
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push(new File([file], `${prefix}${file.name}`));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      let batch: FileSystemEntry[];
      do {
        batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        for (const e of batch) if (e.name !== 'parts') await walk(e, `${prefix}${entry.name}/`);
      } while (batch.length > 0);
    }
  };
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files];
  for (const e of entries) await walk(e, '');
  return out;
}

/** Reads result files that the page was given; only the files the viewer knows are read. */
async function readFiles(files: readonly File[]): Promise<InputFile[]> {
  const wanted = /(^|\/)(summary\.json|series\.csv|results\.csv|points\.csv|samples\.csv|waves\.csv|ppc\.csv|sensitivity\.json|sensitivity\.csv|[^/]+\.json)$/;
  const picked = files.filter((f) => wanted.test(f.webkitRelativePath || f.name) && !/(^|\/)parts\//.test(f.webkitRelativePath || f.name));
  return Promise.all(picked.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
}

/**
 * The folder `?open=` names, as an address on this page's own origin. A link may name any address, but
 * results are read only from the server that serves the viewer (`ppsim view DIR`): another site's
 * files could be crafted to mislead, and reading them would tell that site who opened the link.
 */
export function sameOriginFolder(open: string, page: string = location.href): URL {
  const here = new URL(page);
  let url: URL;
  try {
    url = new URL(open.endsWith('/') ? open : `${open}/`, here);
  } catch {
    throw new ResultError(`?open=${open}`, 'a result folder served by this viewer', 'an address that cannot be read', 'start the viewer with `pnpm ppsim view <folder>` and use the address it prints');
  }
  if (url.origin !== here.origin) {
    throw new ResultError(
      `?open=${open}`,
      `a result folder on this viewer's own address (${here.origin})`,
      `another origin (${url.origin})`,
      "results are read only from the viewer's own server: download them and drop the folder here, or serve them with `pnpm ppsim view <folder>`",
    );
  }
  return url;
}

export function renderOpen(root: HTMLElement, ctx: AppContext, given?: LoadedResult): Cleanup {
  const s = ctx.state;
  const status = h('p', { role: 'status', class: 'open-status', id: 'open-status' });
  const alert = h('div', { class: 'alert', role: 'alert', hidden: true, id: 'open-error' });
  const view = h('div', { class: 'open-result', id: 'open-result' });
  const fileInput = h('input', { type: 'file', id: 'open-files', multiple: true, accept: '.json,.csv' });
  const dirInput = h('input', { type: 'file', id: 'open-dir' });
  dirInput.setAttribute('webkitdirectory', '');
  const show = (result: LoadedResult, from: string) => {
    alert.hidden = true;
    const command = result.kind === 'ensembles' ? result.command : result.kind === 'calibration' ? 'calibrate' : result.kind;
    status.textContent = t('open.loaded', { what: `ppsim ${command}`, files: from });
    renderResult(view, result, ctx);
  };
  const fail = (error: unknown) => {
    status.textContent = '';
    alert.replaceChildren(h('strong', {}, t('open.error')), h('br'), error instanceof ResultError ? error.message : String(error instanceof Error ? error.message : error));
    alert.hidden = false;
    replace(view);
  };
  const load = async (files: readonly File[]) => {
    try {
      const inputs = await readFiles(files);
      show(readResult(inputs.length === 0 ? files.map((f) => ({ name: f.name, text: '' })) : inputs), inputs.map((f) => f.name).join(', ') || files.map((f) => f.name).join(', '));
    } catch (error) {
      fail(error);
    }
  };
  fileInput.addEventListener('change', () => {
    void load([...(fileInput.files ?? [])]);
  });
  dirInput.addEventListener('change', () => {
    void load([...(dirInput.files ?? [])]);
  });
  const zone = h(
    'div',
    { class: 'drop-zone', id: 'drop-zone', tabindex: 0, role: 'button', 'aria-label': t('open.choose') },
    h('p', {}, t('open.drop')),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'file-button', for: 'open-files' }, t('open.choose'), fileInput),
      h('label', { class: 'file-button', for: 'open-dir' }, t('open.chooseDir'), dirInput),
    ),
  );
  zone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fileInput.click();
    }
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const transfer = e.dataTransfer;
    if (transfer === null) return;
    void filesFromDrop(transfer).then(load, fail);
  });
  replace(root, h('div', { class: 'open' }, h('h2', {}, t('open.title')), h('p', {}, t('open.help')), zone, status, alert, view));
  if (given !== undefined) show(given, given.files.join(', '));
  else if (s.open !== '') {
    void (async () => {
      try {
        const base = sameOriginFolder(s.open);
        const listing = await fetch(new URL(LISTING, base));
        if (!listing.ok) throw new ResultError(`${base.pathname}${LISTING}`, 'the file list `ppsim view` serves', `HTTP ${listing.status}`, 'start the viewer with `pnpm ppsim view <folder>`');
        const names = (await listing.json()) as string[];
        const inputs = await Promise.all(names.map(async (n) => ({ name: n, text: await (await fetch(new URL(encodeURIComponent(n), base))).text() })));
        show(readResult(inputs), `${s.open} (${names.join(', ')})`);
      } catch (error) {
        fail(error);
      }
    })();
  }
  return () => {};
}

/** Draws an opened result into `host`. */
export function renderResult(host: HTMLElement, result: LoadedResult, ctx: AppContext): void {
  if (result.kind === 'ensembles') renderEnsembles(host, { ...result, markers: result.markers.map((m) => ({ ...m, label: eventLabelText(m.label) })) }, ctx);
  else if (result.kind === 'sweep') renderSweep(host, result, ctx);
  else if (result.kind === 'map') {
    renderMap(host, result);
    append(host, provenanceBlock(result.provenance));
  } else if (result.kind === 'calibration') {
    renderCalibration(host, result);
    append(host, provenanceBlock(result.provenance));
  } else renderSensitivity(host, result, ctx);
}
