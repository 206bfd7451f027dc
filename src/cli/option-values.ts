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

/**
 * The values of the options that take one, exactly as typed. mri, under cac,
 * turns every value that looks like a number into one: `--root 2024` reached
 * the command as the number 2024 (and crashed it), `--root 007` as 7,
 * `--title 1984` as a number. Each flag maps to its value, or to its values
 * in order when it is repeated (`--header`), as cac gives them.
 */
export function typedValues(argv: readonly string[], valueOptions: ReadonlySet<string>): Map<string, string | string[]> {
  const values = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--') break;
    const equals = argument.indexOf('=');
    const flag = equals === -1 ? argument : argument.slice(0, equals);
    if (!valueOptions.has(flag)) continue;
    const value = equals === -1 ? argv[++index] : argument.slice(equals + 1);
    if (value !== undefined) values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  return new Map([...values].map(([flag, typed]) => [flag, typed.length === 1 ? (typed[0] as string) : typed]));
}

/** cac's name for an option's value: `--out-dir` is `outDir`. */
export function optionKey(flag: string): string {
  return flag.replace(/^-+/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The flags (`--wpm`, `--out-dir`) of the options that take a value, from cac's `--name <value>` declarations. */
export function valueOptionFlags(options: readonly { rawName: string; isBoolean?: boolean }[]): Set<string> {
  return new Set(options.filter((option) => !option.isBoolean).flatMap((option) => option.rawName.match(/--?[\w-]+/g) ?? []));
}
