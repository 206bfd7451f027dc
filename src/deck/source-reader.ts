import type { RevealApi } from 'reveal.js';

/**
 * The source reader overlay. A citation marker opens it at the cited
 * paragraph(s), highlighted; Esc, the close button or a back-link returns to
 * the deck, which never moved. While it is open, keys go to the reader, not
 * to reveal, so reading cannot change slides by accident.
 */
export class SourceReader {
  private readonly reader: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly deck: RevealApi,
    private readonly document: Document,
  ) {
    const reader = document.getElementById('source-reader');
    if (!reader) throw new Error('The page has no #source-reader: it was not built by briefing-kit.');
    this.reader = reader;
  }

  attach(): void {
    this.document.addEventListener('click', (event) => this.onClick(event));
    this.document.addEventListener('keydown', (event) => this.onKey(event), true);
  }

  get isOpen(): boolean {
    return !this.reader.hidden;
  }

  open(sourceId: string, paragraphs: number[]): void {
    this.returnFocus = this.document.activeElement as HTMLElement | null;
    for (const old of this.reader.querySelectorAll('.is-target')) old.classList.remove('is-target');
    const targets = paragraphs
      .map((n) => this.document.getElementById(`${sourceId}-p${n}`))
      .filter((el): el is HTMLElement => el !== null);
    for (const target of targets) target.classList.add('is-target');
    this.reader.hidden = false;
    this.reader.dataset['source'] = sourceId;
    const first = targets[0] ?? this.document.getElementById(`source-${sourceId}`);
    first?.scrollIntoView({ block: 'center' });
    this.reader.querySelector<HTMLElement>('.source-reader-close')?.focus({ preventScroll: true });
  }

  close(): void {
    this.reader.hidden = true;
    this.returnFocus?.focus({ preventScroll: true });
  }

  private onClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a.citation, a.source-link, a.back-link, .source-reader-close');
    if (!link) return;
    event.preventDefault();
    if (link.classList.contains('source-reader-close')) return this.close();
    if (link.classList.contains('back-link')) {
      this.close();
      this.deck.slide(Number(link.getAttribute('data-h')), Number(link.getAttribute('data-v')));
      return;
    }
    const sourceId = link.getAttribute('data-source') ?? '';
    const paragraphs = (link.getAttribute('data-paragraphs') ?? '').split(' ').filter(Boolean).map(Number);
    this.open(sourceId, paragraphs);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.isOpen) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
    // Keep reveal's shortcuts (arrows, space, letters) from moving the deck behind the reader.
    event.stopImmediatePropagation();
  }
}
