import { relative, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { DECK_UPDATE_EVENT } from '../deck/page-contract.ts';
import type { DeckFolder } from '../project/decks.ts';
import { SOURCES_DIR } from '../project/read-project.ts';
import { readTextFile } from '../project/read-text.ts';
import { formatDiagnostics } from '../report/pretty.ts';
import { formatViteError } from '../report/vite-error.ts';
import { deckUpdate } from './deck-update.ts';
import type { ProjectDeck } from './project-deck.ts';
import { reviewReminder } from './review-reminder.ts';
import type { RenderedDeck } from '../types.ts';

/**
 * Keeps the pages a dev server shows up to date with the project: each save
 * of a slide or source re-checks the project and sends the open pages the
 * slides that changed, or the error overlay while the deck has errors.
 */
export class DevUpdates {
  /** The deck the open pages show: changes are taken against it, whichever save finished first. */
  private sent: RenderedDeck | undefined;
  /** The re-check under way, if any. */
  private refreshing: Promise<void> | undefined;
  /** Whether a project file was saved after the running re-check read the files. */
  private savedSinceLoad = false;
  /** Whether the server has closed: a look at a file due after that is not taken. */
  private closed = false;

  constructor(
    private readonly server: ViteDevServer,
    private readonly deck: ProjectDeck,
  ) {
    server.ws.on('connection', () => this.sendErrorIfBroken());
    const onChange = (file: string) => void this.refreshIfProjectFile(file);
    server.watcher.on('add', onChange);
    server.watcher.on('unlink', onChange);
    server.httpServer?.once('close', () => {
      this.closed = true;
      void deck.close();
    });
  }

  /**
   * Re-checks and sends the update when `file` is a slide or source; says
   * whether it was one. A stylesheet of the project is re-checked for too
   * (the one `css:` names may define a layout class, or be created only now),
   * but Vite's own CSS update shows it, so it is not claimed.
   */
  refreshIfProjectFile(file: string): boolean {
    if (isProjectFile(this.deck.root, this.deck.folder, file)) {
      this.refresh();
      setTimeout(() => void this.refreshIfChangedSince(file), MISSED_CHANGE_WINDOW_MS).unref();
      return true;
    }
    if (isProjectStylesheet(this.deck.root, file)) this.refresh();
    return false;
  }

  /**
   * Re-checks once no re-check is running, and once more for the saves made
   * while it ran: two loads at a time could finish in the other order and
   * leave the pages and the terminal showing the older files.
   */
  private refresh(): void {
    if (this.refreshing) {
      this.savedSinceLoad = true;
      return;
    }
    this.refreshing = (async () => {
      do {
        this.savedSinceLoad = false;
        // An unexpected failure is said in the terminal; the saves after it are still re-checked.
        await this.reload().catch((error: unknown) => this.server.config.logger.error(`The deck could not be re-checked: ${String(error)}`, { timestamp: true }));
      } while (this.savedSinceLoad);
    })().finally(() => {
      this.refreshing = undefined;
    });
  }

  /**
   * Vite's watcher (chokidar) drops a change to a file that comes within
   * 50 ms of the one before it, and never reports it later: an editor that
   * writes a file twice in quick succession, or two quick saves, would leave
   * the pages showing the first. So a little after each save the file is
   * read again, once any re-check under way is done, and the deck re-checked
   * if the file no longer reads as the last check read it.
   */
  private async refreshIfChangedSince(file: string): Promise<void> {
    await this.refreshing;
    if (this.closed) return;
    const path = projectPath(this.deck.root, file);
    const checked = this.deck.current?.texts.get(path);
    if (checked === undefined) return;
    const now = await readTextFile(file, path);
    if (now.file?.text !== checked) this.refresh();
  }

  private async reload(): Promise<void> {
    // Before the first save, the pages show the deck the server started with.
    this.sent ??= this.deck.current?.rendered;
    const loaded = await this.deck.load();
    const logger = this.server.config.logger;
    const { diagnostics } = loaded.result;
    if (diagnostics.length) logger.warn(formatDiagnostics(diagnostics, loaded.texts, { color: true }).trimEnd(), { timestamp: true });
    const reminder = reviewReminder(loaded.result);
    if (reminder) logger.warn(reminder, { timestamp: true });
    if (!loaded.rendered) {
      this.sendErrorIfBroken();
      return;
    }
    this.server.ws.send({ type: 'custom', event: DECK_UPDATE_EVENT, data: deckUpdate(this.sent, loaded.rendered) });
    this.sent = loaded.rendered;
    logger.info('deck updated', { timestamp: true });
  }

  private sendErrorIfBroken(): void {
    const loaded = this.deck.current;
    if (!loaded || loaded.rendered) return;
    this.server.ws.send({ type: 'error', err: { ...formatViteError(loaded.result.diagnostics, loaded.texts, this.deck.root), stack: '' } });
  }
}

/** Longer than the watcher's 50 ms in which a second change to a file goes unreported (refreshIfChangedSince). */
const MISSED_CHANGE_WINDOW_MS = 120;

/** A slide of the deck, a source, or the deck's lock: verdicts saved in it change what the speaker view says of each slide's claims. */
function isProjectFile(root: string, folder: DeckFolder, file: string): boolean {
  const path = projectPath(root, file);
  return path === folder.lock || (/\.(md|markdown)$/i.test(path) && (path.startsWith(`${folder.slides}/`) || path.startsWith(`${SOURCES_DIR}/`)));
}

/** A stylesheet of the project's own, outside installed packages: any may be the one the deck's `css:` names. */
function isProjectStylesheet(root: string, file: string): boolean {
  const path = projectPath(root, file);
  return /\.css$/i.test(path) && !path.startsWith('../') && !path.split('/').includes('node_modules');
}

/** `file` relative to the project root, with `/` between its parts, as the deck names its files. */
function projectPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
