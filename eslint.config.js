// Lint: typescript-eslint's type-aware recommended rules over the whole project, and the
// pipeline's import direction: no cycles, and no stage importing one above it.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The pipeline's stages, bottom up: a stage imports only stages listed before it. A thing two
// stages share lives below both (README, Architecture).
const STAGES = [
  // What the built page and its servers agree on: imported by both sides, importing nothing.
  ['src/shared'],
  ['src/schemas.ts', 'src/types.ts', 'src/diagnostics.ts', 'src/did-you-mean.ts', 'src/project-root.ts', 'src/cjk.ts', 'src/theme.ts', 'src/plan-timings.ts'],
  ['src/files'],
  ['src/load'],
  ['src/data'],
  ['src/figures'],
  ['src/html'],
  ['src/markdown'],
  ['src/check'],
  ['src/render'],
  ['src/translation'],
  ['src/compile-deck.ts'],
  ['src/fonts', 'src/security'],
  ['src/timings'],
  ['src/vite'],
  ['src/site'],
  ['src/export'],
  ['src/present'],
  ['src/cli'],
];
const above = (i) => STAGES.slice(i + 1).flat();
const stageZones = STAGES.slice(0, -1).flatMap((stage, i) =>
  stage.map((target) => ({ target: `./${target}`, from: above(i).map((f) => `./${f}`), message: 'a stage imports only the stages below it' })),
);
// The runtime runs in the browser: it imports only itself and src/shared; nothing else imports it.
const NODE_SIDE = STAGES.slice(1).flat();
const runtimeZones = [
  { target: './src/runtime', from: NODE_SIDE.map((f) => `./${f}`), message: 'the browser runtime imports only its own files and src/shared' },
  { target: './src/shared', from: './src/runtime', message: 'src/shared imports nothing' },
  ...NODE_SIDE.map((target) => ({
    target: `./${target}`,
    from: './src/runtime',
    message: 'only the runtime runs the runtime; what both sides share lives in src/shared',
  })),
  // Building the runtime must not load the compiler.
  {
    target: './src/vite/runtime-config.ts',
    from: ['./src/vite/dev-config.ts', './src/vite/deck-plugin.ts'],
    message: 'the runtime build must not load the compiler',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.dist-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    // Parsed as TypeScript when followed, or a cycle through them goes unseen.
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
      'import-x/no-restricted-paths': ['error', { zones: [...stageZones, ...runtimeZones] }],
    },
  },
);
