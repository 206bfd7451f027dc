export function firstLineLength(text: string): number {
  const end = text.indexOf('\n');
  return end === -1 ? text.length : end;
}
