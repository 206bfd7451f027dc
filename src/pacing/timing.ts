import { citationPattern } from '../markdown/citation-syntax.ts';
import { letterOrDigitAt } from '../text/letters.ts';
import type { Deck, Slide } from '../types.ts';

/** A comfortable pace for a briefing read from notes; `wpm` in the deck's front matter or `--wpm` changes it. */
export const DEFAULT_WPM = 130;
/** The least time a slide with few or no notes is given, so pacing never asks for a 2-second slide. */
export const MIN_DERIVED_SECONDS = 15;

/** Words a presenter speaks from the plain text of notes: citations are not spoken, nor is anything without a letter or digit. */
export function spokenWords(text: string): number {
  const spoken = text.replace(citationPattern(), ' ');
  let words = 0;
  let counted = false;
  // One look at each character, no word cut out: notes are most of a deck's text, and are timed on every check and build.
  for (let i = 0; i < spoken.length; i++) {
    const code = spoken.charCodeAt(i);
    if (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(spoken[i] as string)) counted = false;
    else if (!counted && letterOrDigitAt(spoken, i)) {
      words++;
      counted = true;
    }
  }
  return words;
}

const SPACE = /\s/;

export function speakingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 60);
}

export interface SlideTiming {
  slide: Slide;
  /** Seconds from `data-timing`, when the slide sets it. */
  explicit?: number;
  /** The target used for pacing: `data-timing`, or else derived from the notes. */
  target: number;
  notesWords: number;
  /** How long the notes take to say at the chosen pace. */
  notesSeconds: number;
  /** Targets of this slide and every one before it. */
  cumulative: number;
}

/**
 * Every slide's target time: its `data-timing`, or where it has none, the time
 * its notes take to say at `wpm` (at least MIN_DERIVED_SECONDS), so that the
 * speaker view's pacing always works.
 */
export function slideTimings(deck: Deck, wpm: number): SlideTiming[] {
  let cumulative = 0;
  return deck.slides.map((slide) => {
    const notesWords = slide.notesWords;
    const notesSeconds = speakingSeconds(notesWords, wpm);
    const explicit = Number(slide.attributes['data-timing']);
    const hasExplicit = Number.isFinite(explicit) && explicit > 0;
    const target = hasExplicit ? explicit : Math.max(MIN_DERIVED_SECONDS, notesSeconds);
    cumulative += target;
    // Built without a spread, which V8 copies through its slow path: every check and every dev-server save times every slide.
    const timing: SlideTiming = { slide, target, notesWords, notesSeconds, cumulative };
    if (hasExplicit) timing.explicit = explicit;
    return timing;
  });
}

/** `1:05`, `12:00`. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(Math.round(seconds));
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
