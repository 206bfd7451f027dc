import type { CheckResult } from '../check/check-project.ts';
import { citationPattern } from '../citations/citation-pattern.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import { paragraphList, sourceLabel } from '../render/citation-label.ts';
import type { Source } from '../types.ts';
import { slideTimings } from './timing.ts';

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
  /** The notes in full, citations shown as short references such as `[PISM ¶4]`. */
  notes: string;
}

export interface RehearsalScript {
  title: string;
  wpm: number;
  /** The deck's planned length in seconds, when it sets `duration`. */
  duration?: number;
  entries: ScriptEntry[];
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
  }));
  return {
    title: deck.settings.title ?? 'Briefing',
    wpm,
    ...(deck.settings.duration ? { duration: deck.settings.duration * 60 } : {}),
    entries,
  };
}

/** Replaces each `[@id ¶4]` with `[PISM ¶4]`: what a presenter needs to say where a claim comes from. */
function shortReferences(markdown: string, sources: ReadonlyMap<string, Source>): string {
  return markdown.replace(citationPattern(), (raw) => {
    const block = { kind: 'paragraph' as const, markdown: raw, span: { file: '', offset: 0, length: raw.length } };
    const citation = parseCitations(block, raw).citations[0];
    if (!citation) return raw;
    const parts = citation.references.map((r) => {
      const source = sources.get(r.sourceId);
      return `${source ? sourceLabel(source) : r.sourceId} ${paragraphList(r.ranges)}`;
    });
    return `[${parts.join('; ')}]`;
  });
}
