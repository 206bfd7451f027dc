import { diagnose } from '../diagnostics/diagnose.ts';
import type { DeckPolicy, Diagnostic, Span } from '../types.ts';

/** The rules a deck may set itself in its front matter, under `policy:`. */
const POLICY_KEYS = ['slides', 'bullets', 'bullet-words', 'notes-words', 'uncited', 'questions'] as const;

/**
 * Reads `policy:` from the deck's front matter: the deck's own rules, which
 * `brief check` enforces (check/policy-rules.ts). A count is a number (at
 * most) or a range (`10-14`).
 *
 * ```yaml
 * policy:
 *   slides: 10-14        # slides in the deck
 *   bullets: 5           # bullets on a slide, at most
 *   bullet-words: 20     # words in a bullet, at most
 *   notes-words: 40-150  # words of notes on each slide that makes claims
 *   uncited: error       # uncited claims (BRF134, BRF135) as errors, not warnings
 *   questions: 2         # minutes of `duration` the slides' targets leave for questions
 * ```
 */
export function readDeckPolicy(value: unknown, at: Span): { policy?: DeckPolicy; diagnostics: Diagnostic[] } {
  const problem = (reason: string) => ({ diagnostics: [diagnose('BRF140', { reason }, at)] });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('`policy` holds `key: value` lines, one rule each');
  const rules = value as Record<string, unknown>;
  const unknown = Object.keys(rules).filter((key) => !(POLICY_KEYS as readonly string[]).includes(key));
  if (unknown.length) return problem(`\`${unknown[0]}\` is not a rule; the rules are ${POLICY_KEYS.map((key) => `\`${key}\``).join(', ')}`);
  const policy: DeckPolicy = { at };
  for (const [key, field] of [['slides', 'slides'], ['notes-words', 'notesWords'], ['bullets', 'bullets'], ['bullet-words', 'bulletWords']] as const) {
    if (rules[key] === undefined) continue;
    const range = readRange(rules[key]);
    if (!range) return problem(`\`${key}\` must be a number (at most) or a range such as \`10-14\`, found \`${String(rules[key])}\``);
    policy[field] = range;
  }
  if (rules['uncited'] !== undefined) {
    if (rules['uncited'] !== 'error' && rules['uncited'] !== 'warning') return problem(`\`uncited\` must be \`error\` or \`warning\`, found \`${String(rules['uncited'])}\``);
    policy.uncited = rules['uncited'];
  }
  if (rules['questions'] !== undefined) {
    if (typeof rules['questions'] !== 'number' || !(rules['questions'] >= 0)) return problem(`\`questions\` must be a number of minutes, found \`${String(rules['questions'])}\``);
    policy.questions = rules['questions'];
  }
  return { policy, diagnostics: [] };
}

/** `14` (at most 14) or `10-14`. */
function readRange(value: unknown): { min: number; max: number } | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { min: 0, max: value };
  const match = typeof value === 'string' ? /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(value) : null;
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min <= max ? { min, max } : undefined;
}
