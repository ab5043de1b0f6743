import './indicator.css';

export { indicatorRoutes } from './routes';
export { indicatorMessages } from './messages';
export { indicatorPath, indicatorsPath } from './paths';
export { IndicatorChart, type IndicatorChartProps } from './components/IndicatorChart';
export type { ChartIndicator } from './components/chart-data';
export { writeProblem, type WriteProblem, type ReportRow } from './components/write-problem';
