// The parts of the talk, read from its slides in order: the build writes them (the agenda, the
// section slides, each slide's part), and the page's outline reads them back from the slides.

/** A part of the talk: a section slide opens it, and the slides up to the next section, or to a
 *  title or closing slide, are its slides. */
export interface Part {
  id: string;
  title: string;
  slides: { id: string; title: string }[];
}

export interface PartsOfTalk {
  /** The parts, in order. */
  parts: Part[];
  /** The part each slide belongs to (a section slide to its own), by slide id. */
  partOf: Map<string, Part>;
}

export function partsOfTalk(slides: Iterable<{ id: string; title: string; layout: string }>): PartsOfTalk {
  const parts: Part[] = [];
  const partOf = new Map<string, Part>();
  let part: Part | undefined;
  for (const slide of slides) {
    if (slide.layout === 'section') parts.push((part = { id: slide.id, title: slide.title, slides: [] }));
    else if (slide.layout === 'title' || slide.layout === 'closing') part = undefined;
    else part?.slides.push({ id: slide.id, title: slide.title });
    if (part) partOf.set(slide.id, part);
  }
  return { parts, partOf };
}
