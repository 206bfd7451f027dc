/**
 * Orders strings by UTF-16 code unit: the same on every machine, whatever its
 * locale, and without loading ICU's collation (`localeCompare`'s first call
 * costs a command 15–40 ms). Deck order is file name order in this sense.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
