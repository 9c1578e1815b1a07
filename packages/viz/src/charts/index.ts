export type {
  AxisText,
  BandPoint,
  BandSeries,
  BarsData,
  ChartHandle,
  ChartOptions,
  DotInterval,
  DotIntervalData,
  EventMarker,
  HeatmapData,
  PairsData,
  RegimeMapData,
  RegimeMapPoint,
  StackedData,
  ThresholdRule,
  TimeSeriesData,
} from './types.ts';
export { timeSeriesChart } from './time-series.ts';
export { stackedAreaChart } from './stacked-area.ts';
export { heatmapChart } from './heatmap.ts';
export { barsChart } from './bars.ts';
export { regimeMapChart } from './regime-map.ts';
export { dotIntervalChart } from './dot-interval.ts';
export { PAIRS_MAX_MARKS, pairsChart, pairsStep } from './pairs.ts';
export { downloadCsv, downloadPng, downloadSvg, svgString, svgToPngBlob, type ExportCaption } from './export.ts';
export { axisFormat, formatEstimate, formatValue, formatYear, formatNumber, isPoints, isShare, noDataText, POINTS, type ChartLocale } from './format.ts';
export { DASHES, LINE_ORDER, PALETTE, SEQUENTIAL, SHAPES, areaColour, lineColour, lineDash, markShape } from './palette.ts';
