import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, ECElementEvent, ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';

/** Charts appear at once for people who asked their system for less motion. */
function withMotionPreference(option: ChartOption): ChartOption {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return reduce ? { ...option, animation: false } : option;
}

/** ECharts and the charts it draws, fetched once, the first time a chart has room to be drawn. */
let library: Promise<typeof import('./echarts-setup')> | undefined;
function loadECharts() {
  library ??= import('./echarts-setup');
  return library;
}

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** What a click on a bar, point or slice reports: the index of the data item and its name. */
export interface ChartClick {
  dataIndex: number;
  name: string;
}

interface ChartProps {
  option: ChartOption;
  /** A sentence that summarises the chart for screen readers (the table beside it has the figures). */
  ariaLabel: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
}

/**
 * An Apache ECharts chart that follows its container's width. It is a picture for screen readers
 * (`role="img"` named by `ariaLabel`): every chart is shown with a table of the same figures, which
 * is the accessible and exact version.
 */
export function Chart({ option, ariaLabel, height = 280, onClick }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latestOption = useRef(option);
  latestOption.current = option;
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return undefined;
    }
    let disposed = false;
    let loading = false;
    // Drawn once the container has a size (not while hidden, e.g. in a closed tab, nor in jsdom).
    const drawOrResize = () => {
      if (chart.current) {
        chart.current.resize();
        return;
      }
      if (loading || element.clientWidth === 0 || element.clientHeight === 0) {
        return;
      }
      loading = true;
      loadECharts()
        .then(({ echarts }) => {
          if (disposed) {
            return;
          }
          const instance = echarts.init(element, undefined, { renderer: 'svg' });
          instance.on('click', (event) => {
            const { dataIndex, name } = event as ECElementEvent;
            clickHandler.current?.({ dataIndex, name });
          });
          instance.setOption(withMotionPreference(latestOption.current), { notMerge: true });
          chart.current = instance;
        })
        .catch(() => {
          // Not loaded or no SVG support: the table beside the chart still has every figure.
          loading = false;
        });
    };
    drawOrResize();
    const observer = new ResizeObserver(drawOrResize);
    observer.observe(element);
    return () => {
      disposed = true;
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withMotionPreference(option), { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
