// The fixture deck of layouts: two pillars slides in a row (a one-line heading beside a two-line
// one, a row of one-line headings, a number far wider than the others of its pillar), a
// timeline that ends its slide, and a plain grid (a row of one-line headings over a row where one
// heading wraps), in English and Chinese. The global setup builds and serves it
// (`inject('layoutsUrl')`), so that a test of a layout holds whatever the talk in slides/ has.
export const LAYOUTS_DECK = 'test/fixtures/decks/layouts';
