/**
 * The files `brief init` writes: a briefing that checks and builds at once,
 * small enough to read in a minute and replace. Each is a function of what
 * `brief init` knows (the folder's name, the sources it imported), so the
 * same call writes the same files.
 */

/** What the starter briefing is made for. */
export interface StarterBriefing {
  /** The folder's name, which names the package and, made readable, the deck. */
  folder: string;
  /** The package name: the folder's name as npm takes it. */
  packageName: string;
  /** What the package.json depends on the kit by (`file:…`, a tarball, a git URL, a version). */
  kitSpec: string;
  /** The source the example slide cites: the example source, or the first imported one with a paragraph. */
  cited: { id: string; example: boolean };
}

/** The id of the example source, when no `--source` is given. */
export const EXAMPLE_SOURCE_ID = 'udhr';

/** Three articles of the Universal Declaration of Human Rights: short, neutral, and quotable word for word. */
export const EXAMPLE_SOURCE = `---
title: Universal Declaration of Human Rights (Articles 1, 3 and 19)
short: UDHR
publisher: United Nations General Assembly
date: 1948-12-10
url: https://www.un.org/en/about-us/universal-declaration-of-human-rights
note: An example source for a new briefing; replace it with your own (brief import).
---

## Article 1

All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.

## Article 3

Everyone has the right to life, liberty and security of person.

## Article 19

Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions without interference and to seek, receive and impart information and ideas through any media and regardless of frontiers.
`;

/** The folder's name as a title: `water-policy` is `Water policy`. */
export function readableTitle(folder: string): string {
  const words = folder.replace(/[-_.]+/g, ' ').trim() || 'My briefing';
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** `slides/01-title.md`: the deck's settings and its title slide. */
export function titleSlide(briefing: StarterBriefing): string {
  const title = readableTitle(briefing.folder);
  return `---
title: ${JSON.stringify(title)}
subtitle: What the sources say
author: Your name
duration: 10
---

<!-- .slide: data-citations="none" -->

# ${title}

What the sources say

Note:
Say what the briefing covers and how long it takes. These notes show in the speaker view, not on the slide.
`;
}

/** `slides/02-example.md`: one slide of cited claims, the pattern every content slide follows. */
export function exampleSlide(briefing: StarterBriefing): string {
  const { id, example } = briefing.cited;
  const claims = example
    ? [`- All human beings are "born free and equal in dignity and rights" [@${id} ¶1]`, `- Everyone has the right to "life, liberty and security of person" [@${id} ¶2]`]
    : [`- What the source's first paragraph says, in your own words [@${id} ¶1]`];
  return `## An example slide: every claim cites its paragraph

${claims.join('\n')}

Note:
Each claim carries a citation: the source's id and the paragraph it rests on [@${id} ¶1]. Words in quotation marks must occur in the cited paragraph, word for word, and the check verifies them. Replace this slide with your own.
`;
}

/** `package.json`: the kit as a dependency, and a script for each command. */
export function packageJson(briefing: StarterBriefing): string {
  const scripts = Object.fromEntries(['check', 'build', 'dev', 'pdf', 'rehearse', 'review', 'lock'].map((command) => [command, `brief ${command}`]));
  const pkg = {
    name: briefing.packageName,
    version: '0.1.0',
    private: true,
    description: `${readableTitle(briefing.folder)}: a briefing built with briefing-kit`,
    scripts,
    dependencies: { 'briefing-kit': briefing.kitSpec },
    engines: { node: '>=20.19' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `.gitignore`: what the commands write, and the installed packages. */
export const GITIGNORE = `node_modules/
dist/
dist.brief-*
/*.pdf
`;

/** The briefing's own README: where things are and the commands, for whoever opens the folder next. */
export function readme(briefing: StarterBriefing): string {
  return `# ${readableTitle(briefing.folder)}

A briefing made with briefing-kit: Markdown slides whose every citation is checked against the
paragraph of the source it cites.

## Commands

\`\`\`sh
npm install           # once: installs briefing-kit (${briefing.kitSpec})
npm run check         # verify every citation and quotation
npm run build         # build the deck into dist/: open dist/index.html, no server needed
npm run dev           # serve the deck while you write, updating it on every save
npm run pdf           # the read-ahead PDF, briefing.pdf
npm run rehearse      # the rehearsal script: each slide's target time and notes
npx brief import report.pdf --id report   # add a source (PDF, web page, Word file or text)
npm run lock          # record what each citation points at, in brief.lock.json
\`\`\`

## Layout

\`\`\`
slides/*.md              the deck, in file name order; the first file's front matter holds its settings
assets/sources/<id>.md   the sources the slides cite, each paragraph numbered (\`npx brief sources ID\` lists them)
brief.lock.json          what each citation pointed at when last locked: commit it
\`\`\`

A citation is written \`[@id ¶3]\` after the claim it supports; words in quotation marks must occur in
the cited paragraph. More decks citing the same sources go in \`decks/NAME/\`, each built into
\`dist/NAME/\`.
`;
}
