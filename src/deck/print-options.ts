/** How the print view lays out the deck: from the page's query string, as `brief pdf` sets it. */
export interface PrintOptions {
  /** reveal's `?print-pdf` view is active. */
  printing: boolean;
  /** Speaker notes: not printed, under each slide, or on a page of their own. */
  notes: false | 'inline' | 'separate-page';
  /** One page per fragment step rather than each slide in its final state. */
  fragments: boolean;
}

export function readPrintOptions(search: string): PrintOptions {
  const params = new URLSearchParams(search);
  const notes = params.get('notes');
  return {
    printing: params.has('print-pdf'),
    notes: notes === 'inline' || notes === 'separate-page' ? notes : false,
    fragments: params.get('fragments') === '1',
  };
}
