import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption, ECElementEvent } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the portal draws is registered, so the chart code stays a small part of the lazy pages.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

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
  const chart = useRef<echarts.ECharts | null>(null);
  const latestOption = useRef(option);
  latestOption.current = option;
  const clickHandler = useRef(onClick);
  clickHandler.current = onClick;

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return undefined;
    }
    // Drawn once the container has a size (not while hidden, e.g. in a closed tab, nor in jsdom).
    const drawOrResize = () => {
      if (chart.current) {
        chart.current.resize();
        return;
      }
      if (element.clientWidth === 0 || element.clientHeight === 0) {
        return;
      }
      try {
        const instance = echarts.init(element, undefined, { renderer: 'svg' });
        instance.on('click', (event) => {
          const { dataIndex, name } = event as ECElementEvent;
          clickHandler.current?.({ dataIndex, name });
        });
        instance.setOption(latestOption.current, { notMerge: true });
        chart.current = instance;
      } catch {
        // No SVG support: the table beside the chart still has every figure.
      }
    };
    drawOrResize();
    const observer = new ResizeObserver(drawOrResize);
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
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
