// The kit's Vite plugins, for a project's vite.config.ts (`import … from 'briefing-kit/vite'`). A bare
// import, so Vite loads it as it is instead of bundling the kit into the config: `brief build` and the
// config then share one copy of the kit's modules, where bundling loaded a second (250 ms and 50 MB).
import { importKit } from './import-kit.js';

export const { briefing, contentSecurityPolicyTag, fileUrlScripts } = await importKit('vite/plugins');
