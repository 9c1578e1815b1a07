/** The ppsim version, carried into every output's provenance. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
