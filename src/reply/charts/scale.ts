/** A logarithmic axis: the decades that hold the figures, and "nice" ticks within them. */
export interface LogScale {
  lo: number;
  hi: number;
  ticks: number[];
  /** Where a value falls between 0 (lo) and 1 (hi). */
  at: (value: number) => number;
}

export function logScale(values: readonly number[]): LogScale {
  const positive = values.filter((v) => v > 0);
  const min = positive.length ? Math.min(...positive) : 1;
  const max = positive.length ? Math.max(...positive) : 10;
  const lo = 10 ** Math.floor(Math.log10(min));
  let hi = 10 ** Math.ceil(Math.log10(max));
  if (hi <= lo) hi = lo * 10;
  const decades = Math.round(Math.log10(hi / lo));
  const steps = decades <= 2 ? [1, 2, 5] : decades <= 4 ? [1, 3] : [1];
  const ticks: number[] = [];
  for (let d = lo; d <= hi; d *= 10) for (const s of steps) if (d * s <= hi) ticks.push(d * s);
  const span = Math.log10(hi) - Math.log10(lo);
  return { lo, hi, ticks, at: (v) => (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / span };
}

/** 1200 → "1,200", 0.5 → "0.5". */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
