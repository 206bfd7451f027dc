/** `1 paragraph`, `2 paragraphs`, `1,200 slides`: a count and its noun, agreeing. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * `1,200`: a number as `toLocaleString('en')` writes it. A whole number, as
 * counts are, has its thousands grouped here, without loading ICU's number
 * formatting (its first use costs a command 15–40 ms); anything else (a
 * policy's `questions: 0.5` minutes) is left to ICU.
 */
export function formatCount(count: number): string {
  // ICU writes -0 as `-0`, which String() does not.
  if (!Number.isSafeInteger(count) || Object.is(count, -0)) return count.toLocaleString('en');
  return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',');
}
