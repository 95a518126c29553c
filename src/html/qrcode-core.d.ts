// qrcode's encoder alone (the package's main module also loads its PNG and terminal renderers,
// with their stream and zlib code); @types/qrcode names only the main module.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { create } from 'qrcode';
  const encoder: { create: typeof create };
  export default encoder;
}
