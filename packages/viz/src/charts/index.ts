export type {
  AxisText,
  BandPoint,
  BandSeries,
  BarsData,
  ChartHandle,
  ChartOptions,
  EventMarker,
  HeatmapData,
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
export { downloadCsv, downloadPng, downloadSvg, svgString, svgToPngBlob } from './export.ts';
export { axisFormat, formatEstimate, formatValue, formatYear, formatNumber, isShare, noDataText, type ChartLocale } from './format.ts';
export { DASHES, LINE_ORDER, PALETTE, SEQUENTIAL, SHAPES, areaColour, lineColour, lineDash, markShape } from './palette.ts';
