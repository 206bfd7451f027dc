import { entry, tick } from './entry.ts';

/** How far past the slide: `38 px below the slide`, `12 px past its right edge`, or both. */
function overrun(below: number, right: number): string {
  if (below > 0 && right > 0) return `${below} px below the slide and ${right} px past its right edge`;
  return below > 0 ? `${below} px below the slide` : `${right} px past the slide's right edge`;
}

/** What `brief screenshots` finds when it lays the built deck out in Chromium (screenshots/): a slide that does not fit. */
export const layout = {
  BRF150: entry<{ slide: number; below: number; right: number; screenshot: string }>({
    severity: 'error',
    message: ({ slide, below, right }) => `Slide ${slide}'s content runs ${overrun(below, right)}.`,
    hint: ({ below, screenshot }) =>
      `${below > 0 ? 'Split the slide, cut bullets or words, or move detail into the speaker notes' : 'Break the long line, narrow the table, or make the image smaller'}; ${tick(screenshot)} shows it.`,
  }),
} as const;
