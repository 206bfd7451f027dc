import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-400-italic.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import 'katex/dist/katex.min.css';
import 'reveal.js/reveal.css';
import './theme/briefing.css';
import './theme/briefing-dark.css';
import './theme/code.css';
import './theme/layouts.css';
import './theme/print.css';
import Notes from 'reveal.js/plugin/notes';
import { acceptDeckUpdates } from './hot-update.ts';
import { REVIEW_STATUS_CLASS } from './page-contract.ts';
import { paginateAppendix } from './print-appendix.ts';
import { readPrintOptions } from './print-options.ts';
import { RehearsalRecorder } from './rehearsal-recorder.ts';
import { RevealDeck, revealConfig, SLIDE_HEIGHT } from './reveal-config.ts';
import { readSettings } from './settings.ts';
import { SourceReader } from './source-reader.ts';

async function start(): Promise<void> {
  const print = readPrintOptions(location.search);
  if (print.printing) {
    // The speaker view's review status is the speaker's, not the read-ahead's: notes pages carry the notes alone.
    for (const status of document.querySelectorAll(`aside.${REVIEW_STATUS_CLASS}`)) status.remove();
    // Measure the appendix in the fonts it will be printed in.
    await document.fonts.ready;
    document.documentElement.dataset['appendixPages'] = String(paginateAppendix(document, SLIDE_HEIGHT));
  }
  const deck = new RevealDeck(revealConfig(readSettings(document), print, [Notes()]));
  window.Reveal = deck;
  deck.on('pdf-ready', () => {
    document.documentElement.dataset['pdfReady'] = 'true';
  });
  await deck.initialize();
  new SourceReader(deck, document).attach();
  // Not in the print view, nor in the speaker view's preview frames (`?receiver`): only where the talk is given.
  const presenting = !print.printing && !new URLSearchParams(location.search).has('receiver');
  if (presenting) new RehearsalRecorder(deck, document).attach();
  document.documentElement.dataset['deckReady'] = 'true';
  if (import.meta.hot) acceptDeckUpdates(deck, import.meta.hot, document);
}

void start();
