// Repeats a measurement after a warm-up and summarises it as median and range.
export interface Summary {
  median: number;
  min: number;
  max: number;
}

export async function repeat(runs: number, measure: () => Promise<number>, warmUp = 1): Promise<Summary> {
  for (let i = 0; i < warmUp; i++) await measure();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  return summarise(values);
}

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}
