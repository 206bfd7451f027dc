import { defineConfig } from 'vite';
import { briefing, contentSecurityPolicyTag, fileUrlScripts } from 'briefing-kit/vite';

export default defineConfig({
  // Relative URLs, so the built deck opens from any folder, a USB stick included.
  base: './',
  plugins: [briefing(), fileUrlScripts(), contentSecurityPolicyTag()],
  server: {
    // The dev server shows unpublished analysis: never on the network by default.
    host: '127.0.0.1',
  },
  build: {
    outDir: 'dist',
    modulePreload: false,
    cssCodeSplit: false,
    // One classic script: module scripts do not load from file://.
    rolldownOptions: {
      output: { format: 'iife', codeSplitting: false },
    },
  },
});
