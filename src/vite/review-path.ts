/** Where the dev server serves the review page (review-server.ts), beside the deck. */
export const REVIEW_PATH = '/review';
