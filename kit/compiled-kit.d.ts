export function compiledKitIsFresh(src: string, lib: string): boolean;
