import { firstLine } from '../check/slide-location.ts';
import { diagnose } from '../diagnostics/diagnose.ts';
import { SOURCES_DIR } from '../project/read-project.ts';
import type { Diagnostic, Slide } from '../types.ts';
import type { SlideShot } from './capture-slides.ts';

/**
 * A BRF150 for each slide whose content runs past its box, at the slide's
 * first line. `slides` are the deck's, whose `h` is 1-based and `v` 0-based,
 * where reveal counts both from 0; the sources slide the build adds has no
 * slide of its own, and its list comes from the sources: its diagnostic names
 * `assets/sources/`. `folder` is the screenshots' folder as the user names it.
 */
export function overflowDiagnostics(shots: readonly SlideShot[], slides: readonly Slide[], folder: string): Diagnostic[] {
  return shots.flatMap((shot, index) => {
    const { below, right } = shot.overflow;
    if (below === 0 && right === 0) return [];
    const slide = slides.find((s) => s.h - 1 === shot.h && s.v === shot.v);
    const args = { slide: slide?.number ?? index + 1, below, right, screenshot: `${folder}${shot.file}` };
    return [diagnose('BRF150', args, slide ? firstLine(slide) : { path: SOURCES_DIR })];
  });
}
