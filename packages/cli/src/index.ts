/**
 * The parts of the command line that other programs can use: file sinks (CSV, NDJSON) and provenance.
 *
 * @packageDocumentation
 * @module @ppsim/cli
 */
export { AtomicFileWriter } from './sinks/fileWriter.ts';
export { CsvSink, csvField, type CsvSinkOptions, type TextWriter } from './sinks/csvSink.ts';
export { NdjsonSink } from './sinks/ndjsonSink.ts';
export { buildProvenance, canonicalJson, currentEnvironment, gitCommit, provenanceScenario, sha256, type Environment, type Provenance, type ProvenanceScenario } from './provenance.ts';
