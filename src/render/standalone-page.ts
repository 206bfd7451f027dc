import { escapeHtml } from './escape-html.ts';

/** What a page that stands alone holds: the body's HTML as built and escaped by its caller. */
export interface StandalonePage {
  title: string;
  /** Its whole stylesheet, inline: the page is one file. */
  style: string;
  body: string;
  /** Its Content-Security-Policy, when it has one. */
  policy?: string;
}

/**
 * A page of one file that runs no script, to open from disk, print or send:
 * the review ledger, the rehearsal script, the index of a build of several
 * decks. The kit's own markings (output-file.ts) go just after the doctype.
 */
export function standalonePage({ title, style, body, policy }: StandalonePage): string {
  const csp = policy === undefined ? '' : `<meta http-equiv="Content-Security-Policy" content="${policy}">\n`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
