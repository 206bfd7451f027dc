import { relative, sep } from 'node:path';

/**
 * A path for a message, as the user would type it: relative to the working
 * folder when it lies inside it, else absolute; `.` for the working folder.
 * With `folder`, it ends in `/`, as the kit writes folder names.
 */
export function shownPath(path: string, folder = false): string {
  const fromHere = relative(process.cwd(), path);
  if (fromHere === '') return '.';
  const name = fromHere.split(sep)[0] === '..' ? path : fromHere;
  return folder && !name.endsWith(sep) ? `${name}${sep}` : name;
}
