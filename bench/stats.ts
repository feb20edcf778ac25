/**
 * Small statistics for the benchmark: median and spread of repeated runs.
 */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)!, runs: values.length };
}

/** "1234 (1200–1250, n=3)" */
export function fmt(s: Summary, digits = 0): string {
  const f = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${f(s.median)} (${f(s.min)}–${f(s.max)}, n=${s.runs})`;
}

export function ratio(a: Summary, b: Summary): string {
  return (a.median / b.median).toFixed(2);
}
