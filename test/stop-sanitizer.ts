import { afterAll } from 'vitest';
import { sanitizer } from './helpers/render.ts';

// A setup file runs for every test file, so the shared sanitizer's jsdom thread ends with each file
// that started it, not only with the first file of a worker (the helper's module is loaded once a worker).
afterAll(() => sanitizer.stop());
