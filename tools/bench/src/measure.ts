import { performance } from 'node:perf_hooks';

export interface Timing {
  count: number;
  totalMs: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(samples: number[], totalMs = samples.reduce((a, b) => a + b, 0)): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: samples.length, totalMs, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);
export const perSecond = (count: number, totalMs: number) => Math.round((count / totalMs) * 1000).toLocaleString('en-GB');
