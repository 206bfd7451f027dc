import { execFileSync } from 'node:child_process';

/** Text of one page (1-based), or of the whole PDF, as pdftotext reads it. */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, id: read emb from the right.
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' };
  });
}

/** Share of pixels that are not white on a page rendered small and grey: 0 for a blank page. */
export function inkCoverage(pdf: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(page), '-l', String(page), pdf]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not produce a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let inked = 0;
  for (const value of pixels) if (value < 200) inked++;
  return inked / pixels.length;
}

export function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
