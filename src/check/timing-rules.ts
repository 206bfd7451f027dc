import { diagnose } from '../diagnostics/diagnose.ts';
import { formatDuration, slideTimings } from '../pacing/timing.ts';
import { optsOutOfCitations } from '../slides/slide-attributes.ts';
import type { Deck, Diagnostic, Span } from '../types.ts';
import { firstLine } from './slide-location.ts';

/**
 * Rehearsal rules: notes that cannot be spoken in their slide's target time,
 * targets that add up to more than the talk, and claim-making slides with
 * nothing to say.
 */
export function checkTiming(deck: Deck, wpm: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const timings = slideTimings(deck, wpm);
  for (const { slide, explicit, notesWords, notesSeconds } of timings) {
    if (explicit !== undefined && notesSeconds > explicit && slide.notes) {
      diagnostics.push(
        diagnose('BRF113', { slide: slide.number, words: notesWords, needed: formatDuration(notesSeconds), target: formatDuration(explicit), wpm }, notesStart(slide.notes.span)),
      );
    }
    if (slide.kind === 'content' && !slide.notes && !optsOutOfCitations(slide.attributes) && !slide.body.unparsed) {
      diagnostics.push(diagnose('BRF115', { slide: slide.number }, firstLine(slide)));
    }
  }
  const total = timings[timings.length - 1]?.cumulative ?? 0;
  const duration = deck.settings.duration;
  const first = deck.slides[0];
  if (duration !== undefined && first && total > duration * 60) {
    diagnostics.push(diagnose('BRF114', { total: formatDuration(total), duration: formatDuration(duration * 60) }, { file: first.file, offset: 0, length: 3 }));
  }
  return diagnostics;
}

function notesStart(span: Span): Span {
  return { ...span, length: 0 };
}
