/**
 * Experiment designs and sensitivity indices (docs/experiments.md).
 *
 * @packageDocumentation
 * @module @ppsim/core/experiment
 */
// Experiment design and sensitivity analysis: designs in the unit cube or in parameter ranges, and
// indices computed from outputs the caller supplies. No model runs here. See docs/experiments.md.
export { checkRanges, parameterPaths, scaleDesign, scaleValue, type ParamRange } from './param-range.ts';
export { GRID_DEFAULT_STEPS, GRID_MAX_POINTS, gridDesign, gridLevels } from './grid.ts';
export { latinHypercube, latinHypercubeUnit } from './latin-hypercube.ts';
export { SOBOL_MAX_DIMENSION, sobolDesign, sobolSequence, type SobolOptions } from './sobol-sequence.ts';
export { parseDesignCsv } from './design-csv.ts';
export { morrisDesign, type MorrisDesign, type MorrisOptions } from './morris-design.ts';
export { morrisIndices, type MorrisIndexRow, type MorrisIndicesOptions } from './morris-indices.ts';
export { saltelliDesign, type SaltelliDesign } from './saltelli-design.ts';
export { sobolIndices, type SobolIndexRow, type SobolIndicesOptions } from './sobol-indices.ts';
export type { BootstrapOptions } from './internal/bootstrap.ts';
export { classificationTree, type ClassificationTree, type ClassificationTreeOptions, type TreeLeaf, type TreeNode, type TreeSplit } from './classification-tree.ts';
export { MAP_DEFAULT_RANGES, type MapDefaultRange } from './map-ranges.ts';
export { MAP_NEED_TOLERANCE, MAP_TREE, mapPoint, regimeMap, type MapPoint, type NeedMetFloor, type RegimeMap, type RegimeOutcome } from './regime-map.ts';
