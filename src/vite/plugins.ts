export { briefing, type BriefingPluginOptions } from './briefing-plugin.ts';
export { contentSecurityPolicyTag } from './content-security-policy.ts';
export { fileUrlScripts } from './file-url-scripts.ts';
export { briefingConfig } from './kit-config.ts';
