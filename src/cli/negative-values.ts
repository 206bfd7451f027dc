/** A negative number: `-5`, `-0.5`, `-.5`. */
const NEGATIVE_NUMBER = /^-(\d+\.?\d*|\.\d+)$/;

/**
 * cac (through mri) takes every argument that starts with `-` for an option,
 * so `--wpm -5` failed as "Unknown option `-5`" before the command could say
 * what a pace must be. A negative number after an option that takes a value
 * is joined to it (`--wpm=-5`), so the command receives the value and judges
 * it. Arguments after `--` are left alone.
 */
export function joinNegativeValues(argv: readonly string[], valueOptions: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--') return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    if (valueOptions.has(argument) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`${argument}=${next}`);
      index++;
    } else {
      joined.push(argument);
    }
  }
  return joined;
}

/** The flags (`--wpm`, `--out-dir`) of the options that take a value, from cac's `--name <value>` declarations. */
export function valueOptionFlags(options: readonly { rawName: string; isBoolean?: boolean }[]): Set<string> {
  return new Set(options.filter((option) => !option.isBoolean).flatMap((option) => option.rawName.match(/--?[\w-]+/g) ?? []));
}
