import { diagnose } from '../diagnostics/diagnose.ts';
import type { FrontMatter } from '../front-matter/front-matter.ts';
import { parseYamlMapping } from '../front-matter/front-matter.ts';
import { unknownKeyWarnings } from '../front-matter/unknown-keys.ts';
import type { DeckSettings, Diagnostic } from '../types.ts';
import { readDeckPolicy } from './deck-policy.ts';
import { APPEARANCE_KEYS, readAppearance } from './appearance-settings.ts';

const TEXT_KEYS = ['title', 'subtitle', 'author', 'date', 'theme'] as const;
const NUMBER_KEYS = { duration: 'a number of minutes', wpm: 'a number of words per minute' } as const;
/** `review: required` makes every claim without a current `supported` verdict an error (check/review-rules.ts). */
const REVIEW_VALUES = ['required', 'optional'] as const;
const DECK_SETTING_KEYS = [...TEXT_KEYS, ...(Object.keys(NUMBER_KEYS) as (keyof typeof NUMBER_KEYS)[]), 'review', 'policy', ...APPEARANCE_KEYS] as const;

/** Reads deck settings from the first slide file's front matter. */
export function readDeckSettings(frontMatter: FrontMatter, file: string): { settings: DeckSettings; diagnostics: Diagnostic[] } {
  const parsed = parseYamlMapping(frontMatter.yaml);
  if ('problem' in parsed) {
    const at = { file, offset: frontMatter.yamlOffset + parsed.offset, length: 1 };
    return { settings: {}, diagnostics: [diagnose('BRF109', { reason: parsed.problem }, at)] };
  }
  const diagnostics = unknownKeyWarnings(parsed, DECK_SETTING_KEYS, file, frontMatter.yamlOffset);
  const keyAt = (key: string) => ({ file, offset: frontMatter.yamlOffset + (parsed.keyOffsets.get(key) ?? 0), length: key.length });
  const settings: DeckSettings = {};
  for (const key of TEXT_KEYS) {
    const value = parsed.data[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') settings[key] = String(value);
    else diagnostics.push(diagnose('BRF109', { reason: `\`${key}\` must be text` }, keyAt(key)));
  }
  for (const [key, expected] of Object.entries(NUMBER_KEYS) as [keyof typeof NUMBER_KEYS, string][]) {
    const value = parsed.data[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'number' && value > 0) settings[key] = value;
    else diagnostics.push(diagnose('BRF109', { reason: `\`${key}\` must be ${expected} greater than 0, found \`${String(value)}\`` }, keyAt(key)));
  }
  const review = parsed.data['review'];
  if (review !== undefined && review !== null) {
    if ((REVIEW_VALUES as readonly unknown[]).includes(review)) settings.review = review as (typeof REVIEW_VALUES)[number];
    else diagnostics.push(diagnose('BRF109', { reason: `\`review\` must be \`required\` or \`optional\`, found \`${String(review)}\`` }, keyAt('review')));
  }
  if (parsed.data['policy'] !== undefined && parsed.data['policy'] !== null) {
    const read = readDeckPolicy(parsed.data['policy'], keyAt('policy'));
    if (read.policy) settings.policy = read.policy;
    diagnostics.push(...read.diagnostics);
  }
  const appearance = readAppearance(parsed.data, settings.theme, keyAt);
  Object.assign(settings, appearance.settings);
  diagnostics.push(...appearance.diagnostics);
  return { settings, diagnostics };
}
