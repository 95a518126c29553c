// The stylesheet of the theme's colours, made by vite/shared-values-plugin.ts.
declare module 'virtual:deck-theme.css';
