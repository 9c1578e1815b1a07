/**
 * The texts kept beside i18n.ts, one file per topic, joined here for it: an opened calibration's
 * (i18n-calibration.ts) and those that help read the pages on any screen (i18n-reading.ts).
 */
import { calibrationEn, calibrationNb } from './i18n-calibration.ts';
import { readingEn, readingNb } from './i18n-reading.ts';

export const topicsEn = { ...calibrationEn, ...readingEn } as const;

export const topicsNb = { ...calibrationNb, ...readingNb };
