// Vite: the dev server of `npm start`; `deck build` uses the same settings.
import { defineConfig } from 'vite';
import { deckViteConfig } from './src/vite/vite-config.js';

export default defineConfig(deckViteConfig({ slidesDir: 'slides', outDir: 'dist' }));
