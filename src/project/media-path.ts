import { posix } from 'node:path';

/** What a slide's image or media reference points at. */
export type MediaTarget =
  | { kind: 'remote' }
  | { kind: 'local'; path: string }
  | { kind: 'missing'; tried: string[] };

/** What the URL standard strips from either end of a URL (C0 controls and space), and removes from within it (tab and newlines). */
const URL_TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const URL_IGNORED = /[\t\n\r]/g;
/** A URL with a scheme (`https:`, `data:`, `mailto:`), protocol-relative (`//host`), or only a fragment: not a project file. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|$)/i;

/**
 * Resolves a media reference written in `slideFile` to a project file, the
 * way both a Markdown editor's preview and the built deck would find it:
 * relative to the slide file first (`../assets/img/chart.svg`), then to the
 * project root (`assets/img/chart.svg`, `/assets/img/chart.svg`). Paths are
 * relative to the root, with `/`; nothing outside the root is a match.
 */
export function resolveMediaPath(href: string, slideFile: string, exists: (path: string) => boolean): MediaTarget {
  // As a browser's URL parser reads it: `jav&#x09;ascript:` is `javascript:`, a scheme.
  const url = href.replace(URL_TRIMMED, '').replace(URL_IGNORED, '');
  if (NOT_A_FILE.test(url)) return { kind: 'remote' };
  const path = decodePath(url.replace(/[?#].*$/, ''));
  const candidates = [
    ...(path.startsWith('/') ? [] : [posix.join(posix.dirname(slideFile), path)]),
    posix.normalize(path.replace(/^\/+/, '')),
  ].filter((candidate, index, all) => !candidate.startsWith('..') && all.indexOf(candidate) === index);
  const found = candidates.find(exists);
  return found ? { kind: 'local', path: found } : { kind: 'missing', tried: candidates };
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
