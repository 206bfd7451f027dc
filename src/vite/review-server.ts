import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connect, ViteDevServer } from 'vite';
import { checkProject } from '../check/check-project.ts';
import { writeLock } from '../provenance/lock-file.ts';
import { isVerdict, markClaim, MAX_NOTE_LENGTH } from '../provenance/mark-review.ts';
import { readLockedProject } from '../provenance/read-locked-project.ts';
import { SLIDES_DECK, type DeckFolder } from '../project/decks.ts';
import { reviewLedger } from '../provenance/review-ledger.ts';
import { reviewPage, reviewPagePolicy } from '../render/review-page.ts';
import { REVIEW_PATH } from './review-path.ts';

/** Where the dev server shows the review page, and where its forms post verdicts. */

/** The most a verdict's form sends: a claim id, a verdict, a note of at most MAX_NOTE_LENGTH characters, the token, URL-encoded. */
const MAX_BODY_BYTES = 16 * 1024;

/** The names this machine is reached by on the loopback interface, as a browser writes them in `Host` and `Origin`. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** What a request to the review page arrived with: what decides whether it comes from the page itself. */
export interface PageRequest {
  /** The peer's address: only this machine may use the page. */
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
}

/**
 * Why a request is refused, or undefined to accept it. The page and its
 * verdicts are served only to this machine (the loopback address), under
 * this server's own name and port (`Host`: no DNS rebinding); a verdict is
 * taken only from this server's own page: its `Origin` is the server's (and
 * its form carries the page's token, checked once the form is read). A form
 * on any other site fails the `Origin` and cannot know the token.
 */
export function whyRefused(request: PageRequest, port: number, posting: boolean): string | undefined {
  if (!isLoopback(request.remoteAddress)) return 'the review page answers only this machine (127.0.0.1)';
  const own = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!request.host || !own.includes(request.host.toLowerCase())) return `\`Host\` is not this server (${own[0]})`;
  if (posting && request.origin?.toLowerCase() !== `http://${request.host.toLowerCase()}`) return 'the verdict does not come from this server\'s review page (`Origin`)';
  return undefined;
}

/**
 * The dev server's `/review` page: the review ledger with buttons that save
 * each verdict (and a note) into `brief.lock.json`. Each request reads the
 * project and the lock afresh, so the page shows what the files say now.
 * Verdicts are plain form posts, answered with a redirect back to the claim.
 * The token the page's forms carry is random for each server start.
 */
export function reviewMiddleware(root: string, server: ViteDevServer, folder: DeckFolder = SLIDES_DECK): Connect.NextHandleFunction {
  const token = randomBytes(32).toString('base64url');
  const port = () => (server.httpServer?.address() as AddressInfo | null)?.port ?? 0;
  // Verdicts are saved one after another: each reads the lock, adds its verdict and writes it back, so two at once would lose one.
  let saving = Promise.resolve();
  return (request, response, next) => {
    const path = (request.url ?? '').split(/[?#]/)[0];
    if (path !== REVIEW_PATH) return next();
    const posting = request.method === 'POST';
    if (!posting && request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, 'Only GET and POST.');
    const refused = whyRefused({ remoteAddress: request.socket.remoteAddress, host: request.headers.host, origin: request.headers.origin }, port(), posting);
    if (refused) return answer(response, 403, `Refused: ${refused}.`);
    if (!posting) return void servePage(root, folder, token, response).catch(next);
    void readForm(request)
      .then(async (form) => {
        if (form.kind === 'refused') return answer(response, 403, `Refused: ${form.reason}.`);
        if (!sameSecret(form.fields.get('token') ?? '', token)) return answer(response, 403, 'Refused: the verdict does not carry this server\'s token; reload the review page and give it again.');
        const saved = saving.then(() => saveVerdict(root, folder, form.fields, response));
        saving = saved.catch(() => undefined);
        await saved;
      })
      .catch(next);
  };
}

async function servePage(root: string, folder: DeckFolder, token: string, response: ServerResponse): Promise<void> {
  const { project, lock } = await readLockedProject(root, folder);
  const ledger = reviewLedger(checkProject(project), project.texts);
  const html = reviewPage(ledger, lock.kind === 'read' ? { kind: 'dev-server', form: { action: REVIEW_PATH, token } } : { kind: 'dev-server-unlocked' });
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    // Sent as a header too, for what a <meta> policy cannot say: no other site may frame the page and steer its buttons.
    'Content-Security-Policy': `${reviewPagePolicy(true)}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Not `no-referrer`: under it a browser sends `Origin: null` with the page's own form posts, which the origin check refuses.
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  response.end(html);
}

async function saveVerdict(root: string, folder: DeckFolder, fields: URLSearchParams, response: ServerResponse): Promise<void> {
  const claim = fields.get('claim') ?? '';
  const verdict = fields.get('verdict');
  const note = fields.get('note') ?? undefined;
  if (!isVerdict(verdict)) return answer(response, 400, 'The verdict must be `supported`, `overstated` or `unsupported`.');
  if (note && note.length > MAX_NOTE_LENGTH) return answer(response, 400, `The note is longer than ${MAX_NOTE_LENGTH} characters.`);
  const { project, lock } = await readLockedProject(root, folder);
  if (lock.kind !== 'read') return answer(response, 409, `There is no readable \`${folder.lock}\`: run \`brief lock\` (or \`brief check\` to see what is wrong with it), then reload the review page.`);
  const result = checkProject(project);
  const outcome = markClaim(lock.lock, result.reviews, result.sources, { claim, verdict, ...(note !== undefined ? { note } : {}) }, new Date());
  if (outcome.kind === 'unknown') return answer(response, 409, `No claim \`${claim}\` in the deck now: it was edited since the page was loaded. Reload the review page.`);
  await writeLock(root, outcome.lock, folder.lock);
  response.writeHead(303, { Location: `${REVIEW_PATH}#claim-${claim}`, 'Cache-Control': 'no-store' });
  response.end();
}

type FormRead = { kind: 'read'; fields: URLSearchParams } | { kind: 'refused'; reason: string };

/** The posted form's fields; a body that is not a small URL-encoded form is refused unread. */
async function readForm(request: IncomingMessage): Promise<FormRead> {
  if (request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== 'application/x-www-form-urlencoded') {
    request.resume();
    return { kind: 'refused', reason: 'a verdict is sent as a URL-encoded form' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { kind: 'refused', reason: 'the form is larger than a verdict' };
    chunks.push(chunk);
  }
  return { kind: 'read', fields: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) };
}

function answer(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${message}\n`);
}

function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
