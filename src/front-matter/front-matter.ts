import { parseDocument } from 'yaml';

/** YAML front matter between `---` lines at the very top of a file. */
export interface FrontMatter {
  /** The YAML text and its offset in the file. */
  yaml: string;
  yamlOffset: number;
  /** Offset where the rest of the file begins. */
  bodyOffset: number;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(text: string): FrontMatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const yamlOffset = opening[0].length;
  const rest = text.slice(yamlOffset);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  let bodyOffset = yamlOffset + closing.index + closing[0].length;
  if (text[bodyOffset] === '\n') bodyOffset++;
  return { yaml, yamlOffset, bodyOffset };
}

export type YamlMapping = { data: Record<string, unknown>; keyOffsets: Map<string, number> };
export type YamlProblem = { problem: string; offset: number };

/**
 * Parses front matter YAML that must be a mapping. Offsets are relative to
 * the YAML text; the caller adds `yamlOffset`.
 */
export function parseYamlMapping(yaml: string): YamlMapping | YamlProblem {
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const firstError = document.errors[0];
  if (firstError) return { problem: firstLine(firstError.message), offset: firstError.pos[0] };
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { data: {}, keyOffsets: new Map() };
  if (typeof data !== 'object' || Array.isArray(data)) return { problem: 'expected `key: value` lines', offset: 0 };
  const keyOffsets = new Map<string, number>();
  const contents = document.contents as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null;
  for (const pair of contents?.items ?? []) {
    const key = pair.key;
    if (key && typeof key.value === 'string' && key.range) keyOffsets.set(key.value, key.range[0] ?? 0);
  }
  return { data: data as Record<string, unknown>, keyOffsets };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
