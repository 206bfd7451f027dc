import { plural } from '../text/plural.ts';
import { entry } from './entry.ts';

const range = ({ min, max }: { min: number; max: number }) => (min === 0 ? `at most ${max}` : `${min} to ${max}`);

/** The deck policy's codes (check/policy-rules.ts): a deck's own rules, broken. Errors: the deck set them for itself. */
export const policy = {
  BRF140: entry<{ reason: string }>({
    severity: 'error',
    message: ({ reason }) => `Invalid deck policy: ${reason}.`,
    hint: () => 'Write the rules under `policy:` in the first slide file\'s front matter, e.g. `slides: 10-14`, `bullets: 5`, `bullet-words: 20`, `notes-words: 40-150`, `uncited: error`, `questions: 2`.',
  }),
  BRF141: entry<{ slides: number; allowed: { min: number; max: number } }>({
    severity: 'error',
    message: ({ slides, allowed }) => `The deck has ${plural(slides, 'slide')}; its policy allows ${range(allowed)}.`,
    hint: () => 'Merge or cut slides, or change `slides:` under `policy:`.',
  }),
  BRF142: entry<{ slide: number; bullets: number; allowed: { min: number; max: number } }>({
    severity: 'error',
    message: ({ slide, bullets, allowed }) => `Slide ${slide} has ${plural(bullets, 'bullet')}; the deck's policy allows ${range(allowed)}.`,
    hint: () => 'Split the slide, or move detail into the speaker notes.',
  }),
  BRF143: entry<{ words: number; allowed: { min: number; max: number } }>({
    severity: 'error',
    message: ({ words, allowed }) => `This bullet has ${plural(words, 'word')}; the deck's policy allows ${range(allowed)}.`,
    hint: () => 'Say it shorter on the slide, and the rest in the notes.',
  }),
  BRF144: entry<{ slide: number; words: number; allowed: { min: number; max: number } }>({
    severity: 'error',
    message: ({ slide, words, allowed }) => `Slide ${slide}'s notes have ${plural(words, 'word')}; the deck's policy asks for ${range(allowed)}.`,
    hint: ({ words, allowed }) => (words < allowed.min ? 'Write what you will say on this slide in the notes.' : 'Cut the notes to what you will say.'),
  }),
  BRF145: entry<{ total: string; left: string; questions: number }>({
    severity: 'error',
    message: ({ total, left, questions }) => `The slides' targets add up to ${total}, leaving ${left} of the \`duration\`; the deck's policy keeps ${plural(questions, 'minute')} for questions.`,
    hint: () => 'Shorten some targets (`data-timing`, or the notes they come from), or cut slides.',
  }),
} as const;
