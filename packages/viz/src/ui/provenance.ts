/**
 * The provenance of an opened result, folded under its charts: the record `ppsim rerun` checks,
 * and how to rerun it.
 */
import { t } from '../i18n.ts';
import { h } from './dom.ts';

/** `provenanceBlock(provenance)`: a folded block with the provenance as JSON, or null without one. */
export function provenanceBlock(provenance: unknown): HTMLElement | null {
  if (provenance === undefined) return null;
  return h('details', { class: 'provenance' }, h('summary', {}, t('open.provenance')), h('p', {}, t('open.rerun')), h('pre', {}, JSON.stringify(provenance, null, 2)));
}
