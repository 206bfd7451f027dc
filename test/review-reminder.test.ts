import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { reviewReminder } from '../src/vite/review-reminder.ts';
import { source, textFiles, type Files } from './helpers/project.ts';

const files = (front: string): Files => ({
  'slides/01.md': `---\n${front}\n---\n\n# T\n\n- Born free and equal [@u ¶1]\n- Life and liberty [@u ¶2]\n`,
  'assets/sources/u.md': source('U', 'All human beings are born free and equal.', 'Everyone has the right to life and liberty.'),
});

const checked = (front: string, enforceReviews: boolean) =>
  checkProject({ slideFiles: textFiles(files(front), 'slides'), sourceFiles: textFiles(files(front), 'assets/sources'), enforceReviews });

describe('the dev server and review: required', () => {
  it('shows the deck while claims wait for review, and says how many wait', () => {
    const dev = checked('review: required', false);
    expect(dev.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(reviewReminder(dev)).toBe('2 claims of 2 have no current `supported` verdict: `brief build` and `brief check` refuse the deck until they have (review: required). Review at /review.');
  });

  it('leaves the gate to brief check and brief build', () => {
    expect(checked('review: required', true).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['BRF310', 'BRF310']);
  });

  it('says nothing for a deck that does not require review', () => {
    expect(reviewReminder(checked('title: T', false))).toBeUndefined();
  });
});
