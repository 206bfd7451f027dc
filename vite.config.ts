import { defineConfig } from 'vite';
import { briefingConfig } from 'briefing-kit/vite';

// The kit's configuration as it is: add to it here (plugins, aliases) to customise the build.
export default defineConfig(briefingConfig());
