import { claimText } from '../citations/claim-text.ts';
import { diagnose } from '../diagnostics/diagnose.ts';
import { formatDuration, slideTimings } from '../pacing/timing.ts';
import { optsOutOfCitations } from '../slides/slide-attributes.ts';
import type { Deck, DeckPolicy, Diagnostic } from '../types.ts';
import { firstLine } from './slide-location.ts';

/** The uncited-claim warnings a policy of `uncited: error` makes errors. */
const UNCITED = new Set(['BRF106', 'BRF134', 'BRF135']);

/**
 * The rules a deck sets itself in its front matter (`policy:`), enforced:
 * how many slides, bullets per slide and words per bullet, words of notes on
 * each slide that makes claims, and time left for questions. Each problem is
 * located where it is: the slide, bullet or notes past the limit.
 */
export function checkPolicy(deck: Deck, wpm: number): Diagnostic[] {
  const policy = deck.settings.policy;
  if (!policy) return [];
  const diagnostics: Diagnostic[] = [];
  const { slides } = deck;
  if (policy.slides && (slides.length < policy.slides.min || slides.length > policy.slides.max)) {
    const extra = slides[policy.slides.max];
    diagnostics.push(diagnose('BRF141', { slides: slides.length, allowed: policy.slides }, extra ? firstLine(extra) : policy.at));
  }
  for (const slide of slides) {
    const bullets = slide.body.blocks.filter((block) => block.kind === 'list-item');
    const tooMany = policy.bullets && bullets[policy.bullets.max];
    if (policy.bullets && tooMany) diagnostics.push(diagnose('BRF142', { slide: slide.number, bullets: bullets.length, allowed: policy.bullets }, tooMany.span));
    for (const bullet of policy.bulletWords ? bullets : []) {
      const words = wordCount(claimText(bullet.markdown));
      if (policy.bulletWords && words > policy.bulletWords.max) diagnostics.push(diagnose('BRF143', { words, allowed: policy.bulletWords }, firstLineOf(bullet.span, bullet.markdown)));
    }
    if (policy.notesWords && slide.notes && slide.kind === 'content' && !optsOutOfCitations(slide.attributes)) {
      const words = slide.notesWords;
      if (words < policy.notesWords.min || words > policy.notesWords.max) {
        diagnostics.push(diagnose('BRF144', { slide: slide.number, words, allowed: policy.notesWords }, { ...slide.notes.span, length: 0 }));
      }
    }
  }
  diagnostics.push(...questionsTime(deck, policy, wpm));
  return diagnostics;
}

/** With `uncited: error`, the uncited-claim warnings as errors: the deck asked for every claim to be cited. */
export function withPolicySeverity(policy: DeckPolicy | undefined, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (policy?.uncited !== 'error') return [...diagnostics];
  return diagnostics.map((d) => (UNCITED.has(d.code) ? { ...d, severity: 'error' } : d));
}

function questionsTime(deck: Deck, policy: DeckPolicy, wpm: number): Diagnostic[] {
  const duration = deck.settings.duration;
  if (policy.questions === undefined || duration === undefined) return [];
  const total = slideTimings(deck, wpm).at(-1)?.cumulative ?? 0;
  const left = duration * 60 - total;
  if (left >= policy.questions * 60) return [];
  return [diagnose('BRF145', { total: formatDuration(total), left: formatDuration(left), questions: policy.questions }, policy.at)];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function firstLineOf(span: Deck['slides'][number]['span'], markdown: string): Deck['slides'][number]['span'] {
  const leading = markdown.length - markdown.trimStart().length;
  const end = markdown.indexOf('\n', leading);
  return { ...span, offset: span.offset + leading, length: (end === -1 ? markdown.length : end) - leading };
}
