import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-400-italic.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import 'reveal.js/reveal.css';
import './theme/briefing.css';
import Notes from 'reveal.js/plugin/notes';
import { acceptDeckUpdates } from './hot-update.ts';
import { RevealDeck, revealConfig } from './reveal-config.ts';
import { readSettings } from './settings.ts';
import { SourceReader } from './source-reader.ts';

const deck = new RevealDeck(revealConfig(readSettings(document), [Notes()]));
window.Reveal = deck;

deck.initialize().then(() => {
  new SourceReader(deck, document).attach();
  document.documentElement.dataset['deckReady'] = 'true';
});

if (import.meta.hot) acceptDeckUpdates(deck, import.meta.hot, document);
