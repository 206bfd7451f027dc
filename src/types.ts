import type { Token, Tokens } from 'marked';

/**
 * Types that cross pipeline stages. Each stage takes and returns plain data;
 * positions are byte-free UTF-16 offsets into the file text as it was read
 * (after line endings are normalised to `\n`), so they can be turned into
 * line and column at print time.
 */

/** A region of one project file. `file` is relative to the project root, with `/` separators. */
export interface Span {
  file: string;
  offset: number;
  length: number;
}

/** A file read from the project, as text, with line endings normalised to `\n`. */
export interface TextFile {
  /** Path relative to the project root, with `/` separators. */
  path: string;
  text: string;
}

// ---------------------------------------------------------------- sources

/** Front matter of a source document (`assets/sources/<id>.md`). */
export interface SourceMeta {
  title: string;
  /** Short label used in on-slide citation markers, e.g. `PISM`. */
  short?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  note?: string;
}

/** One numbered block of a source body: a paragraph, list, blockquote, table or code block. */
export interface SourceParagraph {
  /** 1-based paragraph number (¶N). */
  number: number;
  /** The block's Markdown as written, and where it is. */
  markdown: string;
  span: Span;
  /** The text a reader sees: Markdown syntax removed, entities decoded. */
  text: string;
  /** Short hash of the normalised text, to notice when a source's paragraph changes. */
  hash: string;
  /** Title of the heading this paragraph falls under, if any. */
  section?: string;
  /** The page(s) of the original document it comes from, when the source records them (`<!-- p. 3 -->`). */
  pages?: PageRange;
}

/** Pages of an original document, inclusive: `{ from: 3, to: 4 }` is pp. 3–4. */
export interface PageRange {
  from: number;
  to: number;
}

export interface Source {
  id: string;
  file: string;
  meta: SourceMeta;
  paragraphs: SourceParagraph[];
  /** Set when the body could not be lexed (reported as BRF108): its paragraphs are unknown, so citations of it are not checked. */
  unparsed?: boolean;
  /** The original PDF kept beside the source (`assets/sources/<id>.pdf`), relative to the root: the reader links each paragraph to its page in it. */
  original?: string;
}

// ---------------------------------------------------------------- slides

/** Settings from the front matter of the first slide file. */
export interface DeckSettings {
  title?: string;
  subtitle?: string;
  author?: string;
  date?: string;
  /** Planned length of the talk, in minutes. */
  duration?: number;
  /** Speaking pace for timing notes, in words per minute. */
  wpm?: number;
  /** One of the kit's themes (slides/appearance.ts); `briefing` when not set. */
  theme?: string;
  /** The project's own stylesheet (`css:`), loaded after the theme. */
  css?: ProjectFileSetting;
  /** An image shown in the footer of every slide (`logo:`). */
  logo?: ProjectFileSetting;
  /** `required`: every claim needs a current `supported` verdict, or it is an error (a CI gate); otherwise reviews are only counted. */
  review?: 'required' | 'optional';
  /** The deck's own rules (`policy:`), which the check enforces (slides/deck-policy.ts). */
  policy?: DeckPolicy;
}

/** A file the deck's front matter names, as written, and where. */
export interface ProjectFileSetting {
  path: string;
  at: Span;
}

/** The rules a deck sets itself; a count is a range, `max` alone when only a most is given. */
export interface DeckPolicy {
  slides?: { min: number; max: number };
  bullets?: { min: number; max: number };
  bulletWords?: { min: number; max: number };
  notesWords?: { min: number; max: number };
  uncited?: 'error' | 'warning';
  questions?: number;
  /** Where `policy:` is written, for problems with the deck as a whole. */
  at: Span;
}

/** A unit that citations and quotations belong to: a bullet, paragraph, table cell, blockquote, heading or block of raw HTML. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'blockquote' | 'html';
  /** The block's Markdown exactly as in the file. */
  markdown: string;
  span: Span;
  /** For a table cell, where its row's line starts in the file: the cells of a row share it. */
  row?: number;
}

/** An image or other media file a slide loads, as written (`assets/img/map.svg`, `../assets/x.png`, `https://…`). */
export interface MediaReference {
  href: string;
  span: Span;
}

export interface SlidePart {
  /** Markdown exactly as in the file. */
  markdown: string;
  span: Span;
  /** marked's tokens (markdown/front-end.ts), which the deck is rendered from; empty when unparsed. Shared: never change them. */
  tokens: Token[];
  blocks: Block[];
  /** The images and media it loads, in order. */
  media: MediaReference[];
  /** The text a reader sees (Markdown syntax removed); empty when unparsed. */
  text: string;
  /** Set when marked could not parse the part (reported as BRF108): its blocks are unknown. */
  unparsed?: boolean;
}

export interface Slide {
  /** 1-based position in the deck, counting every slide (horizontal and vertical). */
  number: number;
  /** 1-based horizontal index and 0-based vertical index, as reveal.js counts them. */
  h: number;
  v: number;
  file: string;
  span: Span;
  /** Attributes from `<!-- .slide: … -->`. */
  attributes: Record<string, string>;
  /** Where each of `attributes` is written (`name="value"`). */
  attributeSpans: Record<string, Span>;
  body: SlidePart;
  notes?: SlidePart;
  /** Words its notes give a presenter to speak (pacing/timing.ts's spokenWords): counted once, read by the check, the pacing and the speaker view. */
  notesWords: number;
  /** First heading's text, if the slide has one. */
  title?: string;
  /** `empty`: nothing on screen; `divider`: headings only; `content`: anything more. */
  kind: 'empty' | 'divider' | 'content';
}

export interface Deck {
  settings: DeckSettings;
  slides: Slide[];
}

// ---------------------------------------------------------------- citations

/** A range of paragraphs a citation points to, inclusive. */
export interface CitedRange {
  from: number;
  to: number;
  /** `¶4` or `¶4-6`, with the numbers' digits as written: a number too long for `from` is shown as typed. */
  label: string;
}

/** What one `@id ¶…` reference cites: all rendering needs of it. */
export interface CitedSource {
  sourceId: string;
  ranges: CitedRange[];
}

/** A cited range with where it is written. */
export interface ParagraphRange extends CitedRange {
  span: Span;
}

/** One `@id ¶…` reference inside a citation, with where its parts are written. */
export interface CitationReference extends CitedSource {
  idSpan: Span;
  ranges: ParagraphRange[];
}

/** A well-formed citation as a Markdown token: what the renderer makes a marker of. */
export interface CitationToken extends Tokens.Generic {
  type: 'citation';
  raw: string;
  cited: CitedSource[];
}

/** The briefer's own voice, `[!assessment]`, as a Markdown token (markdown/voice-syntax.ts). */
export interface VoiceToken extends Tokens.Generic {
  type: 'voice';
  raw: string;
  voice: 'assessment' | 'inference' | 'context';
  note?: string;
}

/** A whole bracketed citation such as `[@a ¶2; @b ¶5-6]`. */
export interface Citation {
  span: Span;
  references: CitationReference[];
}

/** Quoted words on a slide, with where they stand. */
export interface Quotation {
  /** The quoted text as a reader sees it (Markdown removed), without the quotation marks. */
  text: string;
  span: Span;
}

// ---------------------------------------------------------------- diagnostics

export type Severity = 'error' | 'warning';

/** Where a diagnostic points: a span of text, or a whole file or folder (a missing folder, a file that cannot be read). */
export type Where = Span | { path: string };

/** A problem found, as data: the catalogue (diagnostics/catalogue.ts) says what each code means and whether it is a configuration problem. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  where: Where;
  /** For a warning accepted in the slide (`<!-- brief-accept CODE: reason -->`), the reason given. */
  accepted?: string;
}

// ---------------------------------------------------------------- verification

/**
 * A statement that carries citations: a bullet, table row, paragraph,
 * blockquote or heading, on a slide or in its notes. What a reviewer reads
 * against its sources, and what the faithfulness checks look at.
 */
export interface Claim {
  slide: number;
  part: 'body' | 'notes';
  kind: Block['kind'] | 'table-row';
  span: Span;
  /** Its Markdown as in the file (a row's cells joined with ` | `). */
  markdown: string;
  /**
   * Its words as a reader sees them, citations left out, one space between: what identifies it.
   * Worked out when first read, by a getter on the class of claims (citations/claims.ts): a spread
   * or a structured clone of a claim leaves it out, so make a claim with that class, not a copy.
   */
  readonly text: string;
  /** For a table row, where its line starts (see Block). */
  row?: number;
  citations: ResolvedCitation[];
  quotations: VerifiedQuotation[];
}

/** A statement marked as the briefer's own: no source is claimed for it. */
export interface VoicedStatement {
  slide: number;
  part: 'body' | 'notes';
  voice: VoiceToken['voice'];
  note?: string;
  /** Where the marker stands. */
  span: Span;
  /** The statement's words, as for a claim. */
  text: string;
}

/** A paragraph of a source, as a citation or quotation points to it. */
export interface ParagraphRef {
  sourceId: string;
  paragraph: number;
}

/** A citation whose every reference resolved, with the slide it stands on. */
export interface ResolvedCitation {
  citation: Citation;
  slide: number;
  part: 'body' | 'notes';
  paragraphs: ParagraphRef[];
}

/** A quotation found in the paragraph(s) its block cites, and where. */
export interface VerifiedQuotation {
  quotation: Quotation;
  slide: number;
  part: 'body' | 'notes';
  /** The cited paragraph it occurs in, with offsets into that paragraph's text. */
  found: ParagraphRef & { pieces: { start: number; end: number }[] };
}

// ---------------------------------------------------------------- provenance: brief.lock.json (provenance/lock.ts)

/** A source paragraph as it was when the lock was written. */
export interface LockedParagraph {
  /** Its ¶ number. */
  n: number;
  /** `SourceParagraph.hash`: its normalised text's hash. */
  hash: string;
  /** Its first words, so that a person reading a diff of the lock knows which paragraph this is. */
  start: string;
  /** Its text then (`SourceParagraph.text`): what `brief check` and `brief sources diff` compare the paragraph's new wording with once it changes. */
  text: string;
}

export interface LockedSource {
  id: string;
  /** A hash of the whole body: the paragraphs' hashes in order. */
  hash: string;
  paragraphs: LockedParagraph[];
}

/**
 * A quotation's anchor, in the spirit of the W3C Web Annotation
 * TextQuoteSelector: the exact words and about 32 characters either side of
 * them in the paragraph they were verified in.
 */
export interface QuoteAnchor {
  source: string;
  paragraph: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** One citation on a slide, as it was when the lock was written. */
export interface LockedCitation {
  /** Survives line moves: the claim's id, the citation as written, and which of its kind in the claim it is. */
  key: string;
  /** The id of the claim that carries it (see `claimId`). */
  claim: string;
  file: string;
  /** The citation as written, `[@udhr ¶3]`. */
  text: string;
  /** Every paragraph it cites, with that paragraph's hash then. */
  cited: { source: string; paragraph: number; hash: string }[];
  quotations: QuoteAnchor[];
}

export type Verdict = 'supported' | 'overstated' | 'unsupported';

/** A reviewer's verdict on a claim, bound to what they read: stale when the claim's text or a cited paragraph changes. */
export interface Review {
  claim: string;
  verdict: Verdict;
  note?: string;
  /** The claim's text when the verdict was given. */
  text: string;
  /** The cited paragraphs' hashes when the verdict was given. */
  paragraphs: { source: string; paragraph: number; hash: string }[];
  /** When, as an ISO 8601 date and time. */
  at: string;
}

export interface Lock {
  version: 1;
  sources: LockedSource[];
  citations: LockedCitation[];
  reviews: Review[];
}

/** What changed since a verdict was given, which makes it stale. */
export interface ReviewChanges {
  /** The claim's words are not those the verdict was given on. */
  text: boolean;
  /** Paragraphs the claim cites now whose text the verdict was not given on (edited, or newly cited). */
  changed: ParagraphRef[];
  /** Paragraphs the verdict was given on that the claim no longer cites. */
  dropped: ParagraphRef[];
}

/** Where a claim's review stands (provenance/review-status.ts): no verdict, a verdict that holds, or one given on other words. */
export type ReviewStatus = { kind: 'unreviewed' } | { kind: Verdict; review: Review } | { kind: 'stale'; review: Review; changes: ReviewChanges };

/** A claim, its id (provenance/lock.ts `claimId`) and where its review stands. */
export interface ClaimReview {
  id: string;
  claim: Claim;
  status: ReviewStatus;
}

// ---------------------------------------------------------------- stage outputs

/** Tokens of Markdown lexed before, by its text (markdown/token-cache.ts). */
export interface TokenStore {
  get(markdown: string): Token[] | undefined;
  set(markdown: string, tokens: Token[]): void;
}

/** A source document parsed: its paragraphs numbered, and what is wrong with it. */
export interface ParsedSource {
  /** Always there: a source with broken front matter is still numbered and cited, titled by its id. */
  source: Source;
  diagnostics: Diagnostic[];
}

/** Sources parsed by earlier checks (a dev server's), by file: one whose text has not changed is not parsed again. */
export interface SourceStore {
  get(file: TextFile): ParsedSource | undefined;
  set(file: TextFile, parsed: ParsedSource): void;
}

/** What `checkProject` takes: files already read, so the check reads no disk. */
export interface CheckInput {
  /** Slide files in deck order. */
  slideFiles: readonly TextFile[];
  sourceFiles: readonly TextFile[];
  /** Problems met while reading the files (unreadable, not UTF-8, missing folders). */
  readDiagnostics?: readonly Diagnostic[];
  /** Speaking pace for the timing rules; overrides the deck's `wpm`. */
  wpm?: number;
  /**
   * Whether a file exists, by path relative to the project root: the images
   * slides load are checked with it. Injected, so the check itself reads no
   * disk; without it, images are not checked.
   */
  fileExists?: (path: string) => boolean;
  /** A project file's text, by path relative to the root, or undefined: the project's stylesheet is read with it for the layout classes it defines. */
  readText?: (path: string) => string | undefined;
  /** Tokens of Markdown lexed by earlier checks (a dev server's); without it, everything is lexed. */
  tokenCache?: TokenStore;
  /** Sources parsed by earlier checks; without it, every source is parsed. */
  sourceCache?: SourceStore;
  /** The project's `brief.lock.json`, read by the caller (provenance/lock-file.ts); without it, provenance is not locked. */
  lock?: Lock;
  /**
   * `false`: the deck's `review: required` is not applied, so claims without a verdict are counted, never errors.
   * For `brief lock`, which vouches for citations, not verdicts, and which verdicts need before they can be given.
   */
  enforceReviews?: boolean;
}

/** What the citations of a deck resolved to, and the problems found resolving them. */
export interface Verification {
  citations: ResolvedCitation[];
  /** The blocks that carry well-formed citations, table cells joined into rows. */
  claims: Claim[];
  /** The statements marked as the briefer's own (`[!assessment]`…). */
  voiced: VoicedStatement[];
  quotations: VerifiedQuotation[];
  /** Every well-formed citation, resolved or not. */
  citationCount: number;
  /** Slide numbers whose body holds at least one citation, well-formed or not. */
  citedSlides: Set<number>;
  /** The blocks that carry a citation (well-formed or not) or a voice marker, or quote words (then without either: BRF105). */
  sourced: Set<Block>;
  diagnostics: Diagnostic[];
}

/** The counts `brief check` ends with; the `summary` object of its JSON output. */
export interface CheckSummary {
  slides: number;
  citations: number;
  sources: number;
  sourcesCited: number;
  paragraphs: number;
  paragraphsCited: number;
  quotationsVerified: number;
  /** Statements marked as the briefer's own (`[!assessment]`…). */
  briefersVoice: number;
  errors: number;
  /** Warnings not accepted. */
  warnings: number;
  /** Warnings accepted with a reason (`<!-- brief-accept CODE: … -->`): listed in JSON, not in the count above. */
  accepted: number;
  /** With a lock: the claims, those with a verdict (stale ones included), those whose verdict is stale, and those judged overstated or unsupported. */
  claims?: number;
  claimsReviewed?: number;
  claimsStale?: number;
  claimsDisputed?: number;
}

/** A project's sources and slides parsed (`parseProject`): what a build needs to render anything, and what the checks read. */
export interface ParsedProject {
  deck: Deck;
  sources: Map<string, Source>;
  /** Problems met reading and parsing the files. */
  diagnostics: Diagnostic[];
}

/** What `checkProject` gives: the parsed deck and sources, what the citations resolved to, and every diagnostic. */
export interface CheckResult {
  deck: Deck;
  sources: Map<string, Source>;
  verification: Verification;
  /** Each local image or media reference, as written, and the project file it loads. */
  mediaPaths: Map<string, string>;
  diagnostics: Diagnostic[];
  summary: CheckSummary;
  /** Every claim with its id and review status, in deck order: worked out when first read. */
  readonly reviews: ClaimReview[];
}

/** Settings the deck's script reads at run time, from a JSON script element. */
export interface DeckRuntimeSettings {
  title: string;
  /** For the PDF's metadata. */
  author?: string;
  subtitle?: string;
  /** Seconds: the deck's `duration`, as reveal's `totalTime` for the speaker view's pacing. */
  totalTime?: number;
}

/** The checked deck rendered: the parts of its page. */
export interface RenderedDeck {
  title: string;
  /** reveal.js's top-level `<section>`s, in order (vertical stacks are one). */
  sections: string[];
  reader: string;
  footer: string;
  /** The print view's appendix of cited paragraphs, as a `<template>`. */
  appendix: string;
  settings: DeckRuntimeSettings;
  /** The theme, written on `<html>` as `data-theme`; the default theme when not set. */
  theme?: string;
  /** The project's stylesheet, relative to the root, for Vite to bundle after the theme. */
  stylesheet?: string;
}

/** A project read, checked and, when it checks, rendered (pipeline/load-deck.ts). */
export interface LoadedDeck {
  result: CheckResult;
  texts: ReadonlyMap<string, string>;
  /** Present only when the project checks without errors: a deck is never built from broken citations. */
  rendered?: RenderedDeck;
}

/**
 * What the Vite plugin needs of a loaded deck (vite/handed-deck.ts): the
 * page, and what to say if there is none. All data, so that `brief build`
 * can hand it to the thread that bundles (build/bundler.ts).
 */
export interface HandedDeck {
  texts: ReadonlyMap<string, string>;
  rendered?: RenderedDeck;
  diagnostics: Diagnostic[];
  /** In a deck that requires reviews, how many claims still wait for one (vite/review-reminder.ts). */
  reminder?: string;
}
