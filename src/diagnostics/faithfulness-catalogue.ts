import { entry, tick } from './entry.ts';

const ACCEPT = (code: string) => `or, if it says no more than the source, accept it with a reason: \`<!-- brief-accept ${code}: … -->\` before it.`;

/**
 * The faithfulness checks' codes (src/faithfulness/): warnings a reader can
 * act on, each hint quoting the source's own words. README, "Faithfulness",
 * says what each can and cannot see.
 */
export const faithfulness = {
  BRF130: entry<{ qualifier: string; cited: string; sentence: string; edge: boolean }>({
    severity: 'warning',
    message: ({ qualifier, cited, edge }) =>
      edge
        ? `Hedge dropped: the quotation starts or ends just at ${tick(qualifier)}, which qualifies it in ${cited}.`
        : `Hedge dropped: ${cited} qualifies this with ${tick(qualifier)}; the slide states it plainly.`,
    hint: ({ sentence }) => `The source says: ${tick(sentence)}. Keep its qualifier, ${ACCEPT('BRF130')}`,
  }),
  BRF131: entry<{ word: string; omitted: string; cited: string }>({
    severity: 'warning',
    message: ({ word, omitted }) => `The ellipsis leaves out ${tick(word)}: ${tick(omitted)}.`,
    hint: ({ cited }) => `Words such as "not", "may" or "but" change what ${cited} says. Quote them too, end the quotation before them, ${ACCEPT('BRF131')}`,
  }),
  BRF132: entry<{ speaker: string; quote: string; cited: string; sentence: string }>({
    severity: 'warning',
    message: ({ speaker, quote, cited }) =>
      `${tick(quote)} is presented as ${speaker}'s words, but ${cited} does not quote them: it is the analysis's own wording (reported speech).`,
    hint: ({ sentence }) =>
      `The source says: ${tick(sentence)}. Drop the quotation marks and say whose account it is ("…, the analysis reports"), quote words the source itself puts in quotation marks, ${ACCEPT('BRF132')}`,
  }),
  BRF133: entry<{ question: string; cited: string }>({
    severity: 'warning',
    message: ({ question, cited }) => `Question made statement: ${cited} asks ${tick(question)}; the slide states it as settled.`,
    hint: () => `Keep it a question, or cite the paragraph where a source answers it, ${ACCEPT('BRF133')}`,
  }),
  BRF134: entry<{ what: string }>({
    severity: 'warning',
    message: ({ what }) => `This ${what} makes a claim with no citation of its own.`,
    hint: () =>
      'Cite the paragraph it comes from (`[@id ¶4]`), or mark it as the briefer\'s own (`[!assessment]`, `[!inference]` or `[!context]`); a title, agenda or questions slide opts out with `<!-- .slide: data-citations="none" -->`.',
  }),
  BRF135: entry<{ what: string }>({
    severity: 'warning',
    message: ({ what }) => `These notes state something checkable (${what}) with no citation.`,
    hint: () => 'Cite the paragraph it comes from (`[@id ¶4]`), or mark it as the briefer\'s own (`[!assessment]`, `[!inference]` or `[!context]`).',
  }),
  BRF136: entry<{ found: string; kinds: string }>({
    severity: 'error',
    message: ({ found }) => `Unknown voice marker ${tick(found)}.`,
    hint: ({ kinds }) => `The briefer's own statements are marked ${kinds}, with an optional note after a colon: \`[!context: the year is the briefer's]\`.`,
  }),
  BRF137: entry<{ found: string }>({
    severity: 'warning',
    message: ({ found }) => `Malformed acceptance ${tick(found)}: it needs a warning's code and a reason.`,
    hint: () => 'Write `<!-- brief-accept BRF130: the source\'s "may" is kept in the notes -->` just before the block it is about.',
  }),
  BRF138: entry<{ code: string }>({
    severity: 'warning',
    message: ({ code }) => `Nothing to accept: the next block has no ${tick(code)} warning.`,
    hint: () => 'Remove the acceptance, or move it just before the block whose warning it accepts.',
  }),
} as const;
