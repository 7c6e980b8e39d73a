import { sample } from '../stats.ts';

export interface Figure {
  label: string;
  unit: 'ms' | 'MiB';
  /** One entry per round: each tool's value in that round. */
  rounds: Record<string, number>[];
}

const format = (value: number, unit: Figure['unit']) => (unit === 'MiB' ? `${value.toFixed(0)} MiB` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);

/**
 * The side-by-side table as Markdown: each tool's median, and in brackets the median over rounds of its
 * value divided by the best peer's value in the same round (below 1: ahead of every peer).
 */
export function printPeerTable(tools: readonly string[], figures: readonly Figure[], runs: number): void {
  const [lesdia = 'lesdia', ...peers] = tools;
  const lines = [`| figure (median of ${runs} rounds; ×: to the best peer of each round) | ${tools.join(' | ')} |`, `| --- | ${tools.map(() => '---').join(' | ')} |`];
  for (const figure of figures) {
    const rounds = figure.rounds.filter((round) => tools.every((tool) => round[tool] !== undefined));
    const ratio = (tool: string) => sample(rounds.map((round) => (round[tool] ?? 0) / Math.min(...peers.map((peer) => round[peer] ?? Infinity)))).median;
    const cells = tools.map((tool) => {
      const median = sample(rounds.map((round) => round[tool] ?? 0)).median;
      const text = `${format(median, figure.unit)} ×${ratio(tool).toFixed(2)}`;
      return tool === lesdia ? `**${text}**` : text;
    });
    lines.push(`| ${figure.label} (${rounds.length}) | ${cells.join(' | ')} |`);
  }
  console.log(`\n${lines.join('\n')}\n`);
}
