// subset-font ships no types of its own.
declare module 'subset-font' {
  interface Options {
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
    /** Name table records to keep beyond the few kept by default. */
    preserveNameIds?: number[];
    /** Every glyph kept (the text must then be empty): a format change only. */
    keepAllGlyphs?: boolean;
  }
  const subsetFont: (font: Buffer, text: string, options?: Options) => Promise<Buffer>;
  export default subsetFont;
}
