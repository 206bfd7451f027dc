import { entry, tick } from './entry.ts';

/** The deck's look (slides/appearance.ts, check/appearance-rules.ts): its theme, its own stylesheet and logo, its slides' layout classes; and formulas that cannot be typeset (check/math-rules.ts). */
export const appearance = {
  BRF120: entry<{ theme: string; themes: readonly string[]; nearest?: string }>({
    severity: 'error',
    message: ({ theme, themes }) => `Unknown theme ${tick(theme)}: the kit has ${themes.map(tick).join(' and ')}.`,
    hint: ({ nearest }) =>
      (nearest ? `Did you mean ${tick(nearest)}? ` : '') + 'To change colours or fonts beyond a theme, add your own stylesheet with `css: styles/brand.css` in the front matter.',
  }),
  BRF121: entry<{ name: string; layouts: readonly string[]; stylesheet?: string }>({
    severity: 'warning',
    message: ({ name }) => `Unknown slide class ${tick(name)}: no theme styles it.`,
    hint: ({ layouts, stylesheet }) =>
      `The layouts are ${layouts.map(tick).join(', ')}. ` +
      (stylesheet ? `To style a class of your own, give it a rule in ${tick(stylesheet)}.` : 'To style a class of your own, add a stylesheet with `css:` in the front matter and give the class a rule there.'),
  }),
  BRF122: entry<{ key: string; path: string; tried: string[] }>({
    severity: 'error',
    message: ({ key, path, tried }) => `The ${key === 'css' ? 'stylesheet' : 'logo'} ${tick(path)} (\`${key}:\`) is not in the project${tried.length ? `: there is no ${tried.map(tick).join(' and no ')}` : ''}.`,
    hint: () => 'Write the path relative to the project root (`styles/brand.css`, `assets/logo.svg`) or to the first slide file, and check its spelling and case.',
  }),
  BRF123: entry<{ key: string; path: string; reason: string }>({
    severity: 'error',
    message: ({ key, path, reason }) => `\`${key}:\` ${tick(path)} ${reason}.`,
    hint: ({ key }) =>
      key === 'css'
        ? 'Name a `.css` file in the project, such as `css: styles/brand.css`; the deck fetches nothing from the network, so fonts and images it uses must be project files too.'
        : 'Name an image file in the project, such as `logo: assets/logo.svg`; the deck fetches nothing from the network.',
  }),
  BRF124: entry<{ tex: string; problem: string }>({
    severity: 'warning',
    message: ({ tex, problem }) => `Formula ${tick(tex)} cannot be typeset: ${problem}.`,
    hint: () =>
      'Correct the TeX (KaTeX reads most of LaTeX\'s math; see its list of supported functions). If the dollars are money, not math, write `\\$` for one of them.',
  }),
} as const;
