import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.ts';

/** The README's diagnostics table is where a user looks a code up: every code the kit can report has its row. */
describe('README diagnostics table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = new Set([...readme.matchAll(/^\| (BRF\d{3}) \|/gm)].map((match) => match[1]));

  it('has a row for every code in the catalogue, and none for codes that do not exist', () => {
    const codes = Object.keys(catalogue).sort();
    expect(codes.filter((code) => !rows.has(code))).toEqual([]);
    expect([...rows].filter((code) => !codes.includes(code!))).toEqual([]);
  });
});
