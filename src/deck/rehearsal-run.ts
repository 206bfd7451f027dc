/** One slide's line in a rehearsal: its target and the time actually spent on it, in seconds. */
export interface RehearsalSlide {
  number: number;
  title: string;
  target: number;
  actual: number;
}

/** A timed run-through of the deck. */
export interface RehearsalRun {
  startedAt: string;
  slides: RehearsalSlide[];
  targetTotal: number;
  actualTotal: number;
}

/** `+0:12` over the target, `-0:05` under it. */
export function formatDifference(seconds: number): string {
  const sign = seconds > 0 ? '+' : seconds < 0 ? '-' : '±';
  const abs = Math.round(Math.abs(seconds));
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

export function formatClock(seconds: number): string {
  const abs = Math.round(Math.abs(seconds));
  return `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** The run as CSV: one line per slide, then the totals. Times in seconds with one decimal. */
export function runToCsv(run: RehearsalRun): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['slide,title,target_seconds,actual_seconds,difference_seconds'];
  for (const s of run.slides) lines.push([s.number, quote(s.title), s.target, s.actual.toFixed(1), (s.actual - s.target).toFixed(1)].join(','));
  lines.push(['total', quote('Whole deck'), run.targetTotal, run.actualTotal.toFixed(1), (run.actualTotal - run.targetTotal).toFixed(1)].join(','));
  return `${lines.join('\n')}\n`;
}
