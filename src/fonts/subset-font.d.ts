// subset-font ships no types of its own.
declare module 'subset-font' {
  const subsetFont: (font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }) => Promise<Buffer>;
  export default subsetFont;
}
