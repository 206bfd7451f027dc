import { formatClock, formatDifference, runToCsv, type RehearsalRun } from './rehearsal-run.ts';

const COMPARED_RUNS = 3;

/**
 * The table shown when a rehearsal stops: slide, target, actual, over or
 * under, with the actual times of the previous runs beside it, and the run
 * offered as CSV and JSON downloads. Built with DOM calls, never from HTML
 * strings: slide titles are the author's text.
 */
export class RehearsalReport {
  private readonly element: HTMLElement;

  constructor(private readonly document: Document) {
    this.element = document.createElement('div');
    this.element.className = 'rehearsal-report';
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-modal', 'true');
    this.element.setAttribute('aria-label', 'Rehearsal report');
    this.element.hidden = true;
    document.body.appendChild(this.element);
    document.addEventListener('keydown', (event) => this.onKey(event), true);
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  show(run: RehearsalRun, history: readonly RehearsalRun[]): void {
    const earlier = history.filter((r) => r !== run && r.startedAt !== run.startedAt).slice(-COMPARED_RUNS).reverse();
    const d = this.document;
    this.element.replaceChildren();

    const heading = d.createElement('h2');
    heading.textContent = `Rehearsal: ${formatClock(run.actualTotal)} of ${formatClock(run.targetTotal)} planned (${formatDifference(run.actualTotal - run.targetTotal)})`;
    const table = d.createElement('table');
    const head = table.createTHead().insertRow();
    for (const label of ['Slide', 'Target', 'Actual', 'Over / under', ...earlier.map((r) => `Run of ${new Date(r.startedAt).toLocaleString()}`)]) {
      const th = d.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.appendChild(th);
    }
    const body = table.createTBody();
    run.slides.forEach((slide, i) => {
      const row = body.insertRow();
      const difference = slide.actual - slide.target;
      row.className = difference > 0 ? 'over' : 'under';
      addCells(row, [`${slide.number}. ${slide.title}`, formatClock(slide.target), formatClock(slide.actual), formatDifference(difference), ...earlier.map((r) => formatClock(r.slides[i]?.actual ?? 0))]);
    });
    addCells(table.createTFoot().insertRow(), ['Whole deck', formatClock(run.targetTotal), formatClock(run.actualTotal), formatDifference(run.actualTotal - run.targetTotal), ...earlier.map((r) => formatClock(r.actualTotal))]);

    const stamp = run.startedAt.replace(/[:.]/g, '-');
    const actions = d.createElement('div');
    actions.className = 'rehearsal-actions';
    actions.append(
      this.download('Download CSV', `rehearsal-${stamp}.csv`, 'text/csv', runToCsv(run)),
      this.download('Download JSON', `rehearsal-${stamp}.json`, 'application/json', `${JSON.stringify(run, null, 2)}\n`),
      this.button('Close (Esc)', () => this.close()),
    );
    const scroller = d.createElement('div');
    scroller.className = 'rehearsal-table';
    scroller.appendChild(table);
    this.element.append(heading, actions, scroller);
    this.element.hidden = false;
    this.element.querySelector('button')?.focus();
  }

  close(): void {
    this.element.hidden = true;
  }

  private download(label: string, filename: string, type: string, content: string): HTMLButtonElement {
    return this.button(label, () => {
      const link = this.document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type }));
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const button = this.document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.isOpen) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
    if (event.key !== 'Tab' && event.key !== 'Enter' && event.key !== ' ') event.stopImmediatePropagation();
  }
}

function addCells(row: HTMLTableRowElement, values: string[]): void {
  for (const value of values) row.insertCell().textContent = value;
}
