import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

/**
 * The CSP hash of the inline script in reveal's speaker view. The notes
 * plugin writes the speaker view into an `about:blank` window, which inherits
 * the deck's Content-Security-Policy; without this hash the policy would
 * block the view's own script. The hash admits exactly that script and no
 * other inline code.
 */
export function speakerViewScriptHash(): string {
  const source = readFileSync(fileURLToPath(import.meta.resolve('reveal.js/plugin/notes')), 'utf8');
  const call = source.indexOf('.document.write("');
  if (call === -1) throw new Error('reveal.js notes plugin: speaker view template not found; update src/vite/speaker-view-hash.ts');
  const start = call + '.document.write('.length;
  let end = start + 1;
  while (source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
  // The template is one string literal: evaluating the literal alone, in an empty context, yields its text.
  const template = runInNewContext(source.slice(start, end + 1)) as string;
  const script = /<script>([\s\S]*?)<\/script>/.exec(template)?.[1];
  if (script === undefined) throw new Error('reveal.js notes plugin: speaker view script not found; update src/vite/speaker-view-hash.ts');
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
