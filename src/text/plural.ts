/** `1 paragraph`, `2 paragraphs`, `1,200 slides`: a count and its noun, agreeing. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
