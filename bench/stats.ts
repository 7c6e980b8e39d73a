/** Median and range of repeated measurements: shared machines are noisy, so one run says little. */
export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function sample(values: readonly number[]): Sample {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: values.length };
}

export async function repeat(times: number, measure: () => Promise<number>): Promise<Sample> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await measure());
  return sample(values);
}
