import type { RevealApi } from 'reveal.js';
import { RehearsalReport } from './rehearsal-report.ts';
import type { RehearsalRun, RehearsalSlide } from './rehearsal-run.ts';
import { formatClock } from './rehearsal-run.ts';
import { RehearsalStore } from './rehearsal-store.ts';

export const REHEARSAL_KEY = { keyCode: 82, key: 'R', description: 'Start or stop a timed rehearsal' };

/**
 * Times a run-through: `R` starts it, and from then on the time spent on each
 * slide is added to that slide, however often it is visited. `R` again (or
 * reaching the end and pressing `R`) stops it and shows the report, which
 * keeps earlier runs for comparison.
 */
export class RehearsalRecorder {
  private spent = new Map<number, number>();
  private current: number | undefined;
  private since = 0;
  private startedAt: Date | undefined;
  private badge: HTMLElement;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly report: RehearsalReport;

  constructor(
    private readonly deck: RevealApi,
    document: Document,
    private readonly store = new RehearsalStore(document),
  ) {
    this.badge = document.createElement('div');
    this.badge.className = 'rehearsal-badge';
    this.badge.setAttribute('role', 'status');
    this.badge.hidden = true;
    document.body.appendChild(this.badge);
    this.report = new RehearsalReport(document);
  }

  attach(): void {
    this.deck.addKeyBinding(REHEARSAL_KEY, () => this.toggle());
    this.deck.on('slidechanged', () => this.onSlideChanged());
  }

  get recording(): boolean {
    return this.startedAt !== undefined;
  }

  toggle(): void {
    if (this.recording) this.stop();
    else this.start();
  }

  start(): void {
    this.report.close();
    this.spent = new Map();
    this.startedAt = new Date();
    this.current = this.slideNumber(this.deck.getCurrentSlide());
    this.since = performance.now();
    this.badge.hidden = false;
    this.tick();
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  stop(): RehearsalRun | undefined {
    if (!this.startedAt) return undefined;
    this.account();
    clearInterval(this.ticker);
    this.badge.hidden = true;
    const run = this.buildRun(this.startedAt);
    this.startedAt = undefined;
    this.store.save(run);
    this.report.show(run, this.store.load());
    return run;
  }

  private onSlideChanged(): void {
    if (!this.recording) return;
    this.account();
    this.current = this.slideNumber(this.deck.getCurrentSlide());
  }

  /** Adds the time since the last change to the slide that was showing. */
  private account(): void {
    const now = performance.now();
    if (this.current !== undefined) this.spent.set(this.current, (this.spent.get(this.current) ?? 0) + (now - this.since) / 1000);
    this.since = now;
  }

  private tick(): void {
    const elapsed = [...this.spent.values()].reduce((a, b) => a + b, 0) + (performance.now() - this.since) / 1000;
    this.badge.textContent = `● Rehearsal ${formatClock(elapsed)} (R to stop)`;
  }

  private buildRun(startedAt: Date): RehearsalRun {
    const slides: RehearsalSlide[] = this.deck.getSlides().map((section, index) => {
      const number = this.slideNumber(section) ?? index + 1;
      return {
        number,
        title: section.querySelector('h1, h2, h3')?.textContent?.trim() ?? `Slide ${number}`,
        target: Number(section.getAttribute('data-timing')) || 0,
        actual: Math.round((this.spent.get(number) ?? 0) * 10) / 10,
      };
    });
    return {
      startedAt: startedAt.toISOString(),
      slides,
      targetTotal: slides.reduce((a, s) => a + s.target, 0),
      actualTotal: Math.round(slides.reduce((a, s) => a + s.actual, 0) * 10) / 10,
    };
  }

  /** Slides are numbered in deck order, vertical ones included, as the check and the script number them. */
  private slideNumber(section: Element | undefined): number | undefined {
    if (!section) return undefined;
    const index = this.deck.getSlides().indexOf(section as HTMLElement);
    return index === -1 ? undefined : index + 1;
  }
}
