import Reveal, { type RevealApi, type RevealConfig, type RevealPlugin } from 'reveal.js';
import type { PrintOptions } from './print-options.ts';
import type { DeckRuntimeSettings } from '../types.ts';

/**
 * reveal 6's bundled types miss options that reveal itself and its speaker
 * view read: `totalTime` and `minimumTimePerSlide` for pacing, a numeric
 * `defaultTiming` (typed there as `null` only), and `showNotes:
 * 'separate-page'` for printing notes. This extends them rather than casting
 * the options away.
 */
export type BriefingRevealConfig = Omit<RevealConfig, 'defaultTiming' | 'showNotes'> & {
  totalTime?: number;
  minimumTimePerSlide?: number;
  defaultTiming?: number | null;
  showNotes?: boolean | 'separate-page';
};

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** reveal's constructor, typed for the extended options. */
export const RevealDeck = Reveal as unknown as new (options: BriefingRevealConfig) => RevealApi;

/**
 * 16:9 at 1280×720, slide numbers, URLs that keep the place in the deck,
 * pacing from the deck's duration; in print, one page per slide (or per
 * fragment step), with notes where asked.
 */
export function revealConfig(settings: DeckRuntimeSettings, print: PrintOptions, plugins: RevealPlugin[]): BriefingRevealConfig {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    plugins,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: print.fragments,
    showNotes: print.notes === false ? false : print.notes === 'inline' ? true : 'separate-page',
    ...(settings.totalTime ? { totalTime: settings.totalTime } : {}),
  };
}
