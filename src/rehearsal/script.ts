import type { Token } from 'marked';
import { citationPattern, citedSources } from '../markdown/citation-syntax.ts';
import { slideTimings } from '../pacing/timing.ts';
import { citationText } from '../render/citation-label.ts';
import type { CheckResult, Source } from '../types.ts';

/** One slide of the rehearsal script. */
export interface ScriptEntry {
  number: number;
  title: string;
  /** Seconds. */
  target: number;
  targetFromNotes: boolean;
  cumulative: number;
  notesWords: number;
  notesSeconds: number;
  /** The notes in full, as Markdown, citations shown as short references such as `[PISM ¶4]`. */
  notes: string;
  /** The notes' tokens, as the check lexed them, for the script as a page. */
  notesTokens: Token[];
}

export interface RehearsalScript {
  title: string;
  wpm: number;
  /** The deck's planned length in seconds, when it sets `duration`. */
  duration?: number;
  entries: ScriptEntry[];
  /** What the notes' citations name. */
  sources: ReadonlyMap<string, Source>;
}

/** The rehearsal script of a checked deck at `wpm` words a minute. */
export function rehearsalScript(result: CheckResult, wpm: number): RehearsalScript {
  const { deck, sources } = result;
  const entries = slideTimings(deck, wpm).map(({ slide, explicit, target, cumulative, notesWords, notesSeconds }) => ({
    number: slide.number,
    title: slide.title ?? `Slide ${slide.number}`,
    target,
    targetFromNotes: explicit === undefined,
    cumulative,
    notesWords,
    notesSeconds,
    notes: slide.notes ? shortReferences(slide.notes.markdown.trim(), sources) : '',
    notesTokens: slide.notes?.tokens ?? [],
  }));
  return {
    title: deck.settings.title ?? 'Briefing',
    wpm,
    ...(deck.settings.duration ? { duration: deck.settings.duration * 60 } : {}),
    entries,
    sources,
  };
}

/** Replaces each `[@id ¶4]` with `[PISM ¶4]`: what a presenter needs to say where a claim comes from. */
function shortReferences(markdown: string, sources: ReadonlyMap<string, Source>): string {
  return markdown.replace(citationPattern(), (raw) => {
    const cited = citedSources(raw);
    return cited ? citationText(cited, sources) : raw;
  });
}
