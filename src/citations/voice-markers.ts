import { diagnose } from '../diagnostics/diagnose.ts';
import { isVoice, VOICE_MARKERS, voicePattern } from '../markdown/voice-syntax.ts';
import type { Block, Diagnostic, VoicedStatement } from '../types.ts';
import { claimText } from './claim-text.ts';

/** The briefer's own statements in a block, and the markers of an unknown kind. */
interface VoiceMarkers {
  statements: readonly VoicedStatement[];
  diagnostics: readonly Diagnostic[];
}

const NONE: VoiceMarkers = Object.freeze({ statements: Object.freeze([]), diagnostics: Object.freeze([]) });

/**
 * The briefer's own statements in a block (`[!assessment]` and its kin),
 * and an error for each marker of an unknown kind. `masked` is the block's
 * Markdown with code and HTML blanked, so a marker in code is not one.
 */
export function voiceMarkers(block: Block, masked: string, place: Pick<VoicedStatement, 'slide' | 'part'>): VoiceMarkers {
  // Most blocks are in no one's voice: no marker, no scan, and one answer for all of them.
  if (!masked.includes('[!')) return NONE;
  const statements: VoicedStatement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const match of masked.matchAll(voicePattern())) {
    const voice = match[1] ?? '';
    const span = { file: block.span.file, offset: block.span.offset + match.index, length: match[0].length };
    if (!isVoice(voice)) {
      diagnostics.push(diagnose('BRF136', { found: match[0], kinds: VOICE_MARKERS }, span));
      continue;
    }
    const note = match[2]?.trim();
    statements.push({ ...place, voice, span, text: claimText(block.markdown.replace(voicePattern(), ' ')), ...(note ? { note } : {}) });
  }
  return { statements, diagnostics };
}
