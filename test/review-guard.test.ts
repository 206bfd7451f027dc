import { describe, expect, it } from 'vitest';
import { whyRefused, type PageRequest } from '../src/vite/review-server.ts';

const PORT = 5173;
const OWN: PageRequest = { remoteAddress: '127.0.0.1', host: `127.0.0.1:${PORT}`, origin: `http://127.0.0.1:${PORT}` };

/** What the review page's guard makes of each request's peer, `Host` and `Origin` (the token is checked once the form is read). */
describe('the review page\'s guard', () => {
  it.each<[string, PageRequest, boolean, string | undefined]>([
    ['its own page posting', OWN, true, undefined],
    ['its own page, reached as localhost', { ...OWN, host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }, true, undefined],
    ['over IPv6 loopback', { remoteAddress: '::1', host: `[::1]:${PORT}`, origin: `http://[::1]:${PORT}` }, true, undefined],
    ['an IPv4 peer seen through an IPv6 socket', { ...OWN, remoteAddress: '::ffff:127.0.0.1' }, true, undefined],
    ['the page asked for without an Origin', { ...OWN, origin: undefined }, false, undefined],
    ['another machine (brief dev --host 0.0.0.0)', { ...OWN, remoteAddress: '192.168.1.20' }, false, 'the review page answers only this machine (127.0.0.1)'],
    ['another machine posting', { ...OWN, remoteAddress: '10.0.0.5' }, true, 'the review page answers only this machine (127.0.0.1)'],
    ['a foreign Host', { ...OWN, host: 'evil.example' }, false, `\`Host\` is not this server (127.0.0.1:${PORT})`],
    ['this machine on another port', { ...OWN, host: '127.0.0.1:8080' }, false, `\`Host\` is not this server (127.0.0.1:${PORT})`],
    ['no Host', { ...OWN, host: undefined }, false, `\`Host\` is not this server (127.0.0.1:${PORT})`],
    ['a post from another site', { ...OWN, origin: 'https://evil.example' }, true, 'the verdict does not come from this server\'s review page (`Origin`)'],
    ['a post with Origin null', { ...OWN, origin: 'null' }, true, 'the verdict does not come from this server\'s review page (`Origin`)'],
    ['a post without Origin', { ...OWN, origin: undefined }, true, 'the verdict does not come from this server\'s review page (`Origin`)'],
    ['a post whose Origin is another of this machine\'s names', { ...OWN, origin: `http://localhost:${PORT}` }, true, 'the verdict does not come from this server\'s review page (`Origin`)'],
  ])('%s', (_, request, posting, reason) => {
    expect(whyRefused(request, PORT, posting)).toBe(reason);
  });
});
