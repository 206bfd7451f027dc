// The kit's Vite plugins, for a project's vite.config.ts (`import … from 'briefing-kit/vite'`). A bare
// import, so Vite loads it as it is instead of bundling the kit into the config: `brief build` and the
// config then share one copy of the kit's modules, where bundling loaded a second (250 ms and 50 MB).
import { loadKit } from './load-kit.js';

const kit = await loadKit(
  () => import('../lib/vite/plugins.js'),
  () => import('../src/vite/plugins.ts'),
);
if (kit.kind !== 'loaded') throw new Error(`briefing-kit: ${kit.reason}`);

export const { briefing, briefingConfig, contentSecurityPolicyTag, fileUrlScripts } = kit.module;
