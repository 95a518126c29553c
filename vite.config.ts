// Vite: the dev server of `npm start`. `deck build` builds the same runtime (src/site/build-runtime.ts).
import { defineConfig } from 'vite';
import { deckViteConfig } from './src/vite/dev-config.js';

export default defineConfig(deckViteConfig({ slidesDir: 'slides', outDir: 'dist' }));
