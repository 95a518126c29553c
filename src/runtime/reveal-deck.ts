// The reveal.js instance the runtime drives, with the calls its types do not list yet.
import type Reveal from 'reveal.js';

export type RevealDeck = InstanceType<typeof Reveal> & { isPrintView(): boolean; isScrollView(): boolean };
