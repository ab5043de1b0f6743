import { describe, expect, it } from 'vitest';
import { chartSvg, niceScale } from '../src/chart-svg.ts';
import type { ChartBlock } from '../src/index.ts';
import { SHORTAGE_CHART } from './sample-document.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text ?? '');

describe('chartSvg', () => {
  it('labels the axis in German number format with the title, unit, categories and a legend', () => {
    const svg = chartSvg(SHORTAGE_CHART, 'de');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 360"/);
    expect(texts(svg)).toEqual([
      'Fachkräfteengpass in Hessen',
      'Personen',
      '0',
      '50.000',
      '100.000',
      '150.000',
      '200.000',
      '2022',
      '2024',
      '2026',
      '2028',
      'Insgesamt',
      'Berufliche Ausbildung',
      'Akademisch',
    ]);
    expect(svg).toContain(`<desc>${SHORTAGE_CHART.description}</desc>`);
  });

  it('uses English number format for English documents', () => {
    expect(texts(chartSvg(SHORTAGE_CHART, 'en'))).toContain('200,000');
  });

  it('breaks a line where a value is missing and still marks the single values', () => {
    const svg = chartSvg({ ...SHORTAGE_CHART, series: [{ name: 'Lücken', values: [1, 2, null, 4] }] }, 'de');
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    // Four markers for the values, one in the legend.
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });

  it('says so when there is nothing to draw', () => {
    const empty: ChartBlock = { ...SHORTAGE_CHART, series: [{ name: 'Leer', values: [null, Number.NaN] }] };
    expect(texts(chartSvg(empty, 'de'))).toContain('Keine Werte');
    expect(texts(chartSvg({ ...SHORTAGE_CHART, categories: [], series: [] }, 'en'))).toContain('No values');
  });

  it('escapes text so names cannot break the SVG', () => {
    const svg = chartSvg({ ...SHORTAGE_CHART, title: 'A & B <C>', series: [{ name: '"x"', values: [1] }] }, 'de');
    expect(texts(svg)).toEqual(expect.arrayContaining(['A &#38; B &#60;C&#62;', '&#34;x&#34;']));
  });

  it('shows only every n-th category label when they would overlap', () => {
    const categories = Array.from({ length: 60 }, (_, i) => String(1990 + i));
    const svg = chartSvg({ ...SHORTAGE_CHART, categories, series: [{ name: 'Reihe', values: categories.map(Number) }] }, 'de');
    const shown = texts(svg).filter((text) => /^\d{4}$/.test(text));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(30);
    expect(shown[0]).toBe('1990');
  });
});

describe('niceScale', () => {
  it('rounds to steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(0, 200000)).toEqual({ min: 0, max: 200000, step: 50000, ticks: [0, 50000, 100000, 150000, 200000] });
    expect(niceScale(0, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceScale(-30, 20)).toMatchObject({ min: -30, max: 20, step: 10 });
  });

  it('gives a flat series a range', () => {
    expect(niceScale(0, 0)).toMatchObject({ min: 0, max: 1 });
    expect(niceScale(5, 5).max).toBeGreaterThan(5);
  });
});
