/** `1 paragraph`, `2 paragraphs`, `1,200 slides`: a count and its noun, agreeing. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * `1,200`: a whole number with its thousands grouped as English writes them,
 * as `toLocaleString('en')` does, without loading ICU's number formatting
 * (its first use costs a command 15–40 ms).
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',');
}
