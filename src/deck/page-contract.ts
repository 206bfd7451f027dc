/**
 * Names the build writes into the page and the deck's script reads back.
 * This module imports nothing, so the browser bundle can share it with the
 * build without pulling build-time code (jsdom, DOMPurify) into the deck.
 */

/** `<script type="application/json">` holding the deck's run-time settings. */
export const SETTINGS_ELEMENT_ID = 'briefing-settings';

/** `<template>` holding the print appendix of cited paragraphs. */
export const APPENDIX_TEMPLATE_ID = 'print-appendix';

/** The dev server's event carrying a re-rendered deck. */
export const DECK_UPDATE_EVENT = 'briefing:update';

/** Class of the notes aside that tells the speaker view how a slide's claims are reviewed; the print view drops it. */
export const REVIEW_STATUS_CLASS = 'review-status';
