import { formatCount, plural } from '../text/plural.ts';
import { appearance } from './appearance-catalogue.ts';
import { entry, tick } from './entry.ts';
import { faithfulness } from './faithfulness-catalogue.ts';
import { layout } from './layout-catalogue.ts';
import { policy } from './policy-catalogue.ts';
import { provenance } from './provenance-catalogue.ts';
import { reviews } from './review-catalogue.ts';

/** What BRF116 counted, and how to write the text without it. */
const RESCANNED_MARKS = {
  emphasis: { what: 'emphasis marks (`*`, `_`, `~`)', remedy: 'Escape literal marks with a backslash (`\\_`, `\\*`)' },
  exclamation: { what: 'exclamation marks (`!`) inside words', remedy: 'Escape literal marks with a backslash (`\\!`)' },
  http: { what: '`http`s inside words', remedy: 'Put spaces between the words' },
} as const;

/**
 * Every diagnostic the kit can report, by code. Rules emit a code and its
 * arguments; the wording lives here so that it stays consistent.
 *
 * BRF0xx: the project as a whole. BRF1xx: slides and citations (BRF12x:
 * the deck's look, in appearance-catalogue.ts; BRF13x:
 * faithfulness, in faithfulness-catalogue.ts; BRF14x: the deck's policy, in
 * policy-catalogue.ts; BRF15x: the laid-out deck, from `brief screenshots`, in
 * layout-catalogue.ts). BRF2xx: sources. BRF30x:
 * provenance drift, in provenance-catalogue.ts. BRF31x: the review ledger, in
 * review-catalogue.ts.
 */
export const catalogue = {
  BRF001: entry<{ folder: string }>({
    severity: 'error',
    configuration: true,
    message: ({ folder }) => `Folder ${tick(folder)} does not exist.`,
    hint: ({ folder }) => `Run \`brief check\` in a briefing project, or pass \`--root DIR\`; a project has \`slides/\` and \`assets/sources/\`. Create ${tick(folder)} if this is a new project.`,
  }),
  BRF002: entry<{ folder: string }>({
    severity: 'error',
    configuration: true,
    message: ({ folder }) => `No slide files (\`*.md\`) in ${tick(folder)}.`,
    hint: () => 'Add a Markdown file such as `slides/01-title.md`.',
  }),
  BRF003: entry<{ reason: string }>({
    severity: 'error',
    configuration: true,
    message: ({ reason }) => `File cannot be read: ${reason}.`,
    hint: () => 'Check the file\'s permissions, or remove it from the folder.',
  }),
  BRF004: entry<{ byte: string }>({
    severity: 'error',
    message: ({ byte }) => `File is not valid UTF-8: byte ${tick(byte)} here is not part of a UTF-8 character.`,
    hint: () => 'Save the file as UTF-8 (most editors offer "Save with encoding"), or run `iconv -f windows-1252 -t utf-8` on it.',
  }),
  BRF005: entry<{ code: string; count: number; shown: number }>({
    severity: 'error',
    message: ({ code, count, shown }) => `${formatCount(count)} more ${code} in this file, from here on, are not listed (the first ${shown} are).`,
    hint: ({ code }) => `Fix the ${code} problems listed; the rest are likely the same mistake repeated.`,
  }),

  BRF101: entry<{ id: string; nearest?: string }>({
    severity: 'error',
    message: ({ id }) => `Unknown source ${tick(id)}: there is no \`assets/sources/${id}.md\`.`,
    hint: ({ nearest }) => (nearest ? `Did you mean ${tick(nearest)}?` : 'Import the source with `brief import FILE --id ID`.'),
  }),
  BRF102: entry<{ id: string; paragraphs: string; count: number }>({
    severity: 'error',
    message: ({ id, paragraphs, count }) => `Paragraph ${tick(paragraphs)} is out of range: ${tick(id)} has ${plural(count, 'paragraph')}.`,
    hint: ({ count }) => (count > 0 ? `Cite a paragraph from ¶1 to ¶${count}; \`brief sources ID\` lists them.` : 'The source has no paragraphs yet.'),
  }),
  BRF103: entry<{ problem: string; found: string }>({
    severity: 'error',
    message: ({ problem, found }) => `Malformed citation ${tick(found)}: ${problem}.`,
    hint: () => 'Write citations as `[@id ¶4]`, `[@id ¶4-6]`, `[@id ¶4, ¶7]` or `[@a ¶2; @b ¶5]`. Write `\\[@` for a literal bracket.',
  }),
  BRF104: entry<{ quote: string; cited: string; closest?: string; elsewhere?: string }>({
    severity: 'error',
    message: ({ quote, cited }) => `Quotation ${tick(quote)} does not occur in ${cited}.`,
    hint: ({ closest, elsewhere }) =>
      [elsewhere ? `The exact words occur in ${elsewhere}.` : undefined, closest ? `Closest passage in the cited text: ${tick(closest)}.` : undefined]
        .filter(Boolean)
        .join(' ') || undefined,
  }),
  BRF105: entry<{ quote: string }>({
    severity: 'warning',
    message: ({ quote }) => `Unattributed quotation ${tick(quote)}: no citation in the same block.`,
    hint: () => 'Add the citation of the paragraph it quotes to the same bullet or paragraph, e.g. `[@id ¶4]`; for emphasis rather than quotation, use *italics*.',
  }),
  BRF106: entry<{ slide: number }>({
    severity: 'warning',
    message: ({ slide }) => `Slide ${slide} has content but no citation.`,
    hint: () => 'Cite the paragraph each claim comes from, or mark a title, agenda or questions slide with `<!-- .slide: data-citations="none" -->`.',
  }),
  BRF107: entry<{ slide: number }>({
    severity: 'warning',
    message: ({ slide }) => `Slide ${slide} is empty.`,
    hint: () => 'Remove the extra separator (`---` or `--`), or give the slide content.',
  }),
  BRF108: entry<{ reason: string }>({
    severity: 'error',
    message: ({ reason }) => `Markdown cannot be parsed: ${reason}.`,
    hint: () => 'Simplify the nesting here (deeply nested blockquotes or lists); the deck cannot render this slide.',
  }),
  BRF109: entry<{ reason: string }>({
    severity: 'error',
    message: ({ reason }) => `Invalid deck front matter: ${reason}.`,
    hint: () => 'Deck settings are YAML between `---` lines at the top of the first slide file: `title`, `subtitle`, `author`, `date`, `duration` (minutes), `theme`.',
  }),
  BRF110: entry<{ key: string; nearest?: string; allowed: string }>({
    severity: 'warning',
    message: ({ key }) => `Unknown front matter key ${tick(key)} is ignored.`,
    hint: ({ nearest, allowed }) => (nearest ? `Did you mean ${tick(nearest)}? ` : '') + `Known keys: ${allowed}.`,
  }),
  BRF111: entry<{ file: string; first: string }>({
    severity: 'warning',
    message: ({ file, first }) => `Front matter in ${tick(file)} is ignored: deck settings belong in the first slide file, ${tick(first)}.`,
    hint: ({ first }) => `Move these settings to the front matter of ${tick(first)} (slide files are taken in name order).`,
  }),
  BRF112: entry<{ attribute: string; value: string; expected: string; example: string }>({
    severity: 'error',
    message: ({ attribute, value, expected }) => `Slide attribute ${tick(attribute)} is ${tick(value)}; expected ${expected}.`,
    hint: ({ attribute, example }) => `Write it as \`${attribute}="${example}"\` inside \`<!-- .slide: … -->\`, or remove it.`,
  }),
  BRF113: entry<{ slide: number; words: number; needed: string; target: string; wpm: number }>({
    severity: 'warning',
    message: ({ slide, words, needed, target, wpm }) =>
      `Slide ${slide}'s notes take ${needed} to say (${words} words at ${wpm} words a minute), more than its target of ${target}.`,
    hint: () => 'Cut the notes, raise `data-timing`, or set a faster pace with `wpm:` in the deck front matter.',
  }),
  BRF114: entry<{ total: string; duration: string }>({
    severity: 'warning',
    message: ({ total, duration }) => `The slides' target times add up to ${total}, more than the deck's \`duration\` of ${duration}.`,
    hint: () => 'Shorten some `data-timing` targets, cut slides, or raise `duration` in the deck front matter.',
  }),
  BRF115: entry<{ slide: number }>({
    severity: 'warning',
    message: ({ slide }) => `Slide ${slide} has content but no speaker notes.`,
    hint: () => 'Add a `Note:` line after the slide\'s content with what to say.',
  }),
  BRF116: entry<{ marks: 'emphasis' | 'exclamation' | 'http'; count: number; max: number }>({
    severity: 'error',
    message: ({ marks, count, max }) =>
      `This text holds ${formatCount(count)} ${RESCANNED_MARKS[marks].what}, ` +
      `more than the ${formatCount(max)} the Markdown parser reads in one paragraph; it was not formatted.`,
    hint: ({ marks }) =>
      `${RESCANNED_MARKS[marks].remedy}, or break the text into shorter paragraphs. ` +
      "The parser's work grows with the square of these in a paragraph, so the kit keeps each paragraph within a bound.",
  }),
  BRF117: entry<{ elements: number; max: number }>({
    severity: 'error',
    message: ({ elements, max }) => `This slide holds ${formatCount(elements)} Markdown elements, more than the ${formatCount(max)} a slide can show.`,
    hint: () => 'Split the material across several slides, or move it into a source document and cite it.',
  }),
  BRF118: entry<{ slides: number; max: number }>({
    severity: 'error',
    message: ({ slides, max }) => `The deck has ${formatCount(slides)} slides, more than the ${formatCount(max)} the kit builds; this is where slide ${formatCount(max + 1)} starts.`,
    hint: () => 'Look for `---` lines that were meant as rules or front matter, or split the material into several decks.',
  }),

  BRF119: entry<{ href: string; tried: string[] }>({
    severity: 'error',
    message: ({ href, tried }) =>
      `Image or media file ${tick(href)} not found${tried.length ? `: there is no ${tried.map(tick).join(' and no ')}` : ' inside the project'}.`,
    hint: () =>
      'Write the path relative to the slide file (as editors preview it, e.g. `../assets/img/chart.svg`) or to the project root (`assets/img/chart.svg`), and check its spelling and case.',
  }),

  BRF201: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'Source has no front matter.',
    hint: () => 'Start the file with YAML between `---` lines giving at least a `title`, or create the source with `brief import`.',
  }),
  BRF202: entry<{ reason: string }>({
    severity: 'error',
    message: ({ reason }) => `Source front matter is not valid YAML: ${reason}.`,
    hint: () => 'Quote values that contain `:` or `#`, e.g. `title: "Xi-Putin Meeting: China\'s Support"`.',
  }),
  BRF203: entry<Record<string, never>>({
    severity: 'error',
    message: () => 'Source front matter has no `title`.',
    hint: () => 'Add `title: …` with the document\'s own title.',
  }),
  BRF204: entry<{ key: string; found: string }>({
    severity: 'error',
    message: ({ key, found }) => `Source front matter ${tick(key)} must be text, found ${found}.`,
    hint: ({ key }) => `Write \`${key}: "…"\`, quoted if needed.`,
  }),
  BRF205: entry<{ id: string; suggestion: string; taken: boolean }>({
    severity: 'error',
    message: ({ id }) => `Invalid source id ${tick(id)}: ids are lowercase letters, digits and single hyphens.`,
    hint: ({ suggestion, taken }) =>
      taken
        ? `\`${suggestion}.md\` is there too: keep one of the two files, or rename this one to another valid id.`
        : `Rename the file to \`${suggestion}.md\`.`,
  }),
  BRF206: entry<{ id: string; other: string }>({
    severity: 'error',
    message: ({ id, other }) => `Duplicate source ${tick(id)}: ${tick(other)} has the same id.`,
    hint: () => 'Keep one file per id; rename or remove the other.',
  }),
  BRF207: entry<{ id: string; other: string }>({
    severity: 'warning',
    message: ({ id, other }) => `Source ${tick(id)} has the same text as ${tick(other)}.`,
    hint: () => 'Keep one copy of each document so that citations point to one place.',
  }),
  BRF208: entry<Record<string, never>>({
    severity: 'warning',
    message: () => 'Source has no paragraphs to cite.',
    hint: () => 'Add the document\'s text below the front matter.',
  }),
  ...appearance,
  ...faithfulness,
  ...policy,
  ...layout,
  ...provenance,
  ...reviews,
} as const;

export type DiagnosticCode = keyof typeof catalogue;
export type DiagnosticArgs<C extends DiagnosticCode> = Parameters<(typeof catalogue)[C]['message']>[0];
