/// <reference types="vite/client" />
import type { RevealApi } from 'reveal.js';

declare global {
  interface Window {
    /** The deck, where standard tools (decktape, reveal's print view) look for it. */
    Reveal?: RevealApi;
  }
}
