// Names the built page and the runtime agree on.

/** The id of the template that holds the Chinese slides (render/render-page.ts writes it). */
export const TRANSLATION_ID = 'deck-zh';

/** The address's parameter for the slides' language: `?lang=zh`. Not a reveal.js option. */
export const LANG_PARAM = 'lang';

/** The address's parameter for the notes' language: `?notes=zh`; bare, it opens the speaker view. */
export const NOTES_PARAM = 'notes';

