import { join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.ts';
import { findDecks, selectDeck, selectDecks, type DeckFolder, type ProjectDecks } from '../project/decks.ts';

/** What `--deck NAME` gave: the name, or none; given twice, or with no name, is a usage error. */
export function deckName(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  throw new UsageError('Give `--deck` once, with the name of a deck: `--deck NAME` (its folder in `decks/`, or `slides` for `slides/`).');
}

/** The project's decks, and those `--deck` chooses: the one it names, or all. */
export async function chosenDecks(root: string, deck: unknown): Promise<{ project: ProjectDecks; chosen: DeckFolder[] }> {
  const project = await findDecks(root);
  return { project, chosen: selectDecks(project, deckName(deck)) };
}

/** Where `brief build` puts a deck, under its `--out-dir` (`dist`): the folder itself, or `dist/NAME/` in a project of several decks. */
export function builtDeckFolder(project: ProjectDecks, folder: DeckFolder, outDir = 'dist'): string {
  return project.layout === 'several' ? join(outDir, folder.name) : outDir;
}

/** The one deck a command that works on one deck works on: `--deck`'s, or the project's only one. */
export async function chosenDeck(root: string, deck: unknown, command: string): Promise<{ project: ProjectDecks; folder: DeckFolder }> {
  const project = await findDecks(root);
  return { project, folder: selectDeck(project, deckName(deck), command) };
}
