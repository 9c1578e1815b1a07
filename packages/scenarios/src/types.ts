/** What the loader returns: a resolved, checked, frozen scenario, ready for `runReplications`. */
import type { Grade, ModelParams, TimelineEvent } from '@ppsim/core';
import type { ScenarioSource } from './schema.ts';

/** One parameter value with its evidence, and the unit from the model's parameter schema. */
export interface Evidence {
  readonly path: string;
  readonly value: number | string | boolean;
  readonly unit: string;
  readonly source: string;
  readonly grade: Grade;
  readonly note?: string;
}

/** A dated event in core's shape (`{ date, set: [{ path, value }] }`), with its label and evidence kept. */
export interface ScenarioEvent extends TimelineEvent {
  readonly label: string;
  readonly set: readonly Evidence[];
}

/** A named "what if" version, as listed. */
export interface VariantInfo {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
}

/** The variant a scenario was loaded with: what it changed. */
export interface AppliedVariant extends VariantInfo {
  /** The variant's own parameter entries (already applied to `params` and listed in `evidence`). */
  readonly evidence: readonly Evidence[];
  /** Labels of base events the variant dropped. */
  readonly removedEvents: readonly string[];
  /** Labels of events the variant added. */
  readonly addedEvents: readonly string[];
}

/** A loaded scenario. Deeply frozen. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly place: string;
  readonly service: string;
  readonly summary: string;
  readonly knowledge: { readonly measured?: string | undefined; readonly claimed?: string | undefined; readonly assumed?: string | undefined };
  readonly period: { readonly start: string; readonly years: number };
  /** The file it was read from; undefined for the built-in reference without a case file. */
  readonly file?: string;
  /** Ids of the scenarios it extends, nearest first. */
  readonly extends: readonly string[];
  readonly sources: readonly ScenarioSource[];
  /** Every parameter the scenario (and its variant) sets, with evidence; the rest are model defaults. */
  readonly evidence: readonly Evidence[];
  readonly params: ModelParams;
  readonly timeline: readonly ScenarioEvent[];
  /** Every variant the scenario offers. */
  readonly variants: readonly VariantInfo[];
  /** The variant applied, when one was asked for. */
  readonly variant?: AppliedVariant;
}

/** One line of `ppsim list`. */
export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly place: string;
  readonly file?: string;
  readonly variants: readonly VariantInfo[];
}

export type { CaseTranslation, EventTranslation, TranslationLang, VariantTranslation } from './translationSchema.ts';
