/**
 * How the extension's builds swap lib/detect's validator loader for the lazy one
 * (lib/detect/validator-loader.lazy.ts): one place for the import it replaces and
 * the file it points to, used by wxt.config.ts (Vite alias) and, for bundles made
 * with esbuild, by bench/detect.ts and the loader's unit test.
 */
import path from 'node:path';
import type { Plugin } from 'esbuild';

/** The import validate.ts makes of the eager loader. */
export const VALIDATOR_LOADER_IMPORT = /^\.\/validator-loader$/;

/** The lazy loader, from the project root. */
export function lazyValidatorLoader(root: string): string {
  return path.join(root, 'lib/detect/validator-loader.lazy.ts');
}

/** The same swap for an esbuild bundle of lib/detect. */
export function lazyValidatorsPlugin(root: string): Plugin {
  return {
    name: 'lazy-validators',
    setup(b) {
      b.onResolve({ filter: VALIDATOR_LOADER_IMPORT }, () => ({ path: lazyValidatorLoader(root) }));
    },
  };
}
