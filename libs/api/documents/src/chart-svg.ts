import { CHART, COLOURS, LABELS, LOCALES, SERIES_STYLES } from './layout.ts';
import type { ChartBlock, DocumentLanguage } from './model.ts';

/**
 * Draws a chart block as a self-contained SVG line chart: title, unit, y-axis with grid, category labels, one line
 * with markers per series (gaps where a value is missing) and a legend. A pure function with no browser or font
 * access, so text widths are estimated; the PDF embeds the SVG as vectors and the DOCX as a PNG rasterised from it.
 */
export function chartSvg(chart: ChartBlock, language: DocumentLanguage): string {
  const { width, height } = CHART;
  const format = numberFormat(language);
  const series = chart.series.map((line, index) => ({
    name: line.name,
    style: SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0],
    values: chart.categories.map((_, i) => finiteOrNull(line.values[i])),
  }));
  const values = series.flatMap((line) => line.values).filter((value): value is number => value !== null);

  const parts: string[] = [];
  let y = PAD;
  for (const line of wrap(chart.title, width - 2 * PAD, TITLE_SIZE, 2)) {
    y += TITLE_SIZE + 4;
    parts.push(text(PAD, y, line, { size: TITLE_SIZE, bold: true }));
  }
  if (chart.unit) {
    y += LABEL_SIZE + 8;
    parts.push(text(PAD, y, chart.unit, { size: LABEL_SIZE, colour: COLOURS.muted }));
  }

  const legend = legendLayout(series.map((line) => line.name), width - 2 * PAD);
  const scale = values.length > 0 ? niceScale(Math.min(0, ...values), Math.max(0, ...values)) : null;
  const tickLabels = scale ? scale.ticks.map((tick) => format(tick, scale.step)) : [];
  const plot = {
    left: PAD + Math.max(0, ...tickLabels.map((label) => textWidth(label, LABEL_SIZE))) + 8,
    right: width - PAD,
    top: y + 12,
    bottom: height - PAD - legend.height - (legend.height > 0 ? 10 : 0) - LABEL_SIZE - 10,
  };

  if (scale) {
    const toY = (value: number) =>
      plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top);
    scale.ticks.forEach((tick, i) => {
      const tickY = round(toY(tick));
      parts.push(line(plot.left, tickY, plot.right, tickY, COLOURS.grid));
      parts.push(text(plot.left - 6, tickY + LABEL_SIZE / 3, tickLabels[i] ?? '', { size: LABEL_SIZE, anchor: 'end' }));
    });
    const band = (plot.right - plot.left) / Math.max(1, chart.categories.length);
    const toX = (index: number) => round(plot.left + (index + 0.5) * band);
    parts.push(...categoryLabels(chart.categories, band, toX, plot.bottom + LABEL_SIZE + 6));
    for (const line of series) {
      parts.push(...seriesMarks(line.values, line.style, toX, (value) => round(toY(value))));
    }
  } else {
    const middle = { x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2 };
    const options = { size: LABEL_SIZE, anchor: 'middle', colour: COLOURS.muted } as const;
    parts.push(text(middle.x, middle.y, LABELS[language].noData, options));
  }
  parts.push(line(plot.left, plot.top, plot.left, plot.bottom, COLOURS.rule));
  parts.push(line(plot.left, plot.bottom, plot.right, plot.bottom, COLOURS.rule));
  parts.push(...legend.marks(series.map((line) => line.style), height - PAD - legend.height));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="${CHART.fontFamily}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<desc>${escapeXml(chart.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

const PAD = 12;
const TITLE_SIZE = 16;
const LABEL_SIZE = 12;
const LEGEND_ROW = 20;
const SWATCH = 28;

type SeriesStyle = (typeof SERIES_STYLES)[number];

function numberFormat(language: DocumentLanguage) {
  return (value: number, step: number) =>
    new Intl.NumberFormat(LOCALES[language], {
      maximumFractionDigits: Math.max(0, -Math.floor(Math.log10(step))),
    }).format(value);
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Round axis bounds and 4–8 ticks at 1, 2 or 5 times a power of ten, so labels read like 50.000, 100.000. */
export function niceScale(low: number, high: number): { min: number; max: number; step: number; ticks: number[] } {
  if (low === high) {
    high = low === 0 ? 1 : low + Math.abs(low);
  }
  const raw = (high - low) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
  return { min: first * step, max: last * step, step, ticks };
}

/** Category labels under the axis, thinned out to every n-th when they would overlap. */
function categoryLabels(categories: string[], band: number, toX: (index: number) => number, y: number): string[] {
  const widest = Math.max(0, ...categories.map((category) => textWidth(category, LABEL_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 8) / band));
  return categories.flatMap((category, index) =>
    index % every === 0 ? [text(toX(index), y, category, { size: LABEL_SIZE, anchor: 'middle' })] : [],
  );
}

/** A polyline for each run of consecutive values, and a marker on every value, so single values between gaps show. */
function seriesMarks(
  values: (number | null)[],
  style: SeriesStyle,
  toX: (index: number) => number,
  toY: (value: number) => number,
): string[] {
  const marks: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) {
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      marks.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${style.colour}" stroke-width="2.5"${dash}/>`);
    }
    run = [];
  };
  values.forEach((value, index) => {
    if (value === null) {
      flush();
      return;
    }
    run.push(`${toX(index)},${toY(value)}`);
    marks.push(`<circle cx="${toX(index)}" cy="${toY(value)}" r="3.5" fill="${style.colour}"/>`);
  });
  flush();
  return marks;
}

/** Legend entries flow left to right and wrap into rows; returns the height they need and how to draw them. */
function legendLayout(names: string[], maxWidth: number) {
  const items: { name: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const name of names) {
    const itemWidth = SWATCH + 6 + textWidth(name, LABEL_SIZE);
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      row += 1;
    }
    items.push({ name, x, row });
    x += itemWidth + 18;
  }
  const height = names.length > 0 ? (row + 1) * LEGEND_ROW : 0;
  return {
    height,
    marks: (styles: SeriesStyle[], top: number) =>
      items.flatMap((item, index) => {
        const style = styles[index] ?? SERIES_STYLES[0];
        const left = PAD + item.x;
        const middle = top + item.row * LEGEND_ROW + LEGEND_ROW / 2;
        const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
        return [
          line(left, middle, left + SWATCH, middle, style.colour, `stroke-width="2.5"${dash}`),
          `<circle cx="${left + SWATCH / 2}" cy="${middle}" r="3.5" fill="${style.colour}"/>`,
          text(left + SWATCH + 6, middle + LABEL_SIZE / 3, item.name, { size: LABEL_SIZE }),
        ];
      }),
  };
}

/** Breaks text into at most `maxLines` lines by estimated width; the last one ends with "…" when text is left over. */
function wrap(value: string, maxWidth: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1] ?? ''}…`];
}

/** DejaVu Sans averages about 0.62 em per character in mixed text and digits; a slight overestimate avoids overlap. */
function textWidth(value: string, size: number): number {
  return value.length * size * 0.62;
}

function text(
  x: number,
  y: number,
  value: string,
  options: { size: number; bold?: boolean; anchor?: 'start' | 'middle' | 'end'; colour?: string },
): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.bold ? ' font-weight="bold"' : '';
  const fill = options.colour ?? COLOURS.text;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${options.size}" fill="${fill}"${anchor}${weight}>${escapeXml(value)}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, style = 'stroke-width="1"'): string {
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${stroke}" ${style}/>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
