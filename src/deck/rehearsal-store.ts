import type { RehearsalRun } from './rehearsal-run.ts';

const MAX_RUNS = 10;

/**
 * Keeps the last runs in the browser's local storage, per deck, so a briefer
 * can compare today's run with yesterday's. Storage may be unavailable
 * (private windows, some file:// settings): then runs live for the page only.
 */
export class RehearsalStore {
  private memory: RehearsalRun[] = [];
  private readonly key: string;

  constructor(private readonly document: Document) {
    this.key = `briefing-kit:rehearsals:${document.title}`;
  }

  load(): RehearsalRun[] {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(this.key);
      return stored ? (JSON.parse(stored) as RehearsalRun[]) : this.memory;
    } catch {
      return this.memory;
    }
  }

  save(run: RehearsalRun): void {
    const runs = [...this.load(), run].slice(-MAX_RUNS);
    this.memory = runs;
    try {
      this.document.defaultView?.localStorage.setItem(this.key, JSON.stringify(runs));
    } catch {
      // Kept in memory for this page.
    }
  }
}
