// In the page (in-page.ts): the slides' pictures, images and drawings alike, as PNGs.
import type { InPage } from './in-page.js';

/** Each picture of the slides (an SVG inside another is part of it) drawn as a PNG data URL. */
export const drawPictures: InPage['drawPictures'] = async (fn) => {
  const pictures = new Map<Element, string>();
  for (const el of document.querySelectorAll('.reveal .pdf-page section img, .reveal .pdf-page section svg')) {
    if (el.parentElement?.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (el instanceof HTMLImageElement) {
      pictures.set(el, fn.drawPng(el, r));
    } else {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(el))}`;
      await image.decode();
      pictures.set(el, fn.drawPng(image, r));
    }
  }
  return pictures;
};

/** Drawn at three times the slide's size: sharp when shown at 1920×1080 or printed. */
export const drawPng: InPage['drawPng'] = (image, r) => {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(r.width * 3);
  canvas.height = Math.round(r.height * 3);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
};
