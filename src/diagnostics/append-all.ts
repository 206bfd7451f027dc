/**
 * `target.push(...items)` without the spread, which overflows the stack at a
 * hundred thousand items (a flood of BRF103). Indexed, not `for…of`: it runs
 * for every block of a deck, most of them before V8 optimizes it, and an
 * unoptimized `for…of` allocates an iterator and a result per step.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
}
