/**
 * `text` on one line for a message or a preview: runs of white space become
 * one space, and text longer than `max` characters is cut to `max`, its last
 * character an ellipsis (never half of a surrogate pair).
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let end = max - 1;
  const last = flat.charCodeAt(end - 1);
  // A high surrogate: its pair is cut off, so it goes too.
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}
