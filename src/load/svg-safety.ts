// Whether an SVG only draws: parsed as the browser parses it (XML, with its namespaces), every
// element and attribute must be one of a known-safe set. Opened on its own, from any host, an SVG
// is a page of the deck's origin: a script in any namespace, an event handler, a link made by an
// animation or anything fetched from outside would run or reach out there.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
/** Editors' bookkeeping (Inkscape, Sodipodi, RDF metadata): no browser does anything with it. */
const EDITOR_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
]);

/** SVG's drawing elements: shapes, text, paint servers, clipping, filters, styles and animation. */
const ELEMENTS = new Set(
  `svg g defs symbol use title desc metadata switch view path rect circle ellipse line polyline polygon
  text tspan textPath linearGradient radialGradient stop pattern clipPath mask marker image style
  filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
  feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
  feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
  feSpotLight feTile feTurbulence animate animateMotion animateTransform set mpath`.split(/\s+/),
);

/** Their attributes: geometry, presentation, text, filters and animation timing. */
const ATTRIBUTES = new Set(
  `id class style lang tabindex role focusable version baseProfile x y width height viewBox
  preserveAspectRatio zoomAndPan transform transform-origin d pathLength points x1 y1 x2 y2 cx cy r
  rx ry fx fy fr dx dy rotate textLength lengthAdjust startOffset method spacing side gradientUnits
  gradientTransform spreadMethod offset patternUnits patternContentUnits patternTransform
  clipPathUnits maskUnits maskContentUnits markerUnits markerWidth markerHeight refX refY orient
  filterUnits primitiveUnits in in2 result stdDeviation mode type values tableValues slope
  intercept amplitude exponent operator k1 k2 k3 k4 order kernelMatrix divisor bias targetX
  targetY edgeMode preserveAlpha surfaceScale diffuseConstant specularConstant specularExponent
  kernelUnitLength scale xChannelSelector yChannelSelector radius azimuth elevation pointsAtX
  pointsAtY pointsAtZ limitingConeAngle baseFrequency numOctaves seed stitchTiles media
  requiredFeatures requiredExtensions systemLanguage externalResourcesRequired href
  alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation
  color-interpolation-filters color-rendering cursor direction display dominant-baseline
  enable-background fill fill-opacity fill-rule filter flood-color flood-opacity font font-family
  font-size font-size-adjust font-stretch font-style font-variant font-weight
  glyph-orientation-horizontal glyph-orientation-vertical image-rendering isolation kerning
  letter-spacing lighting-color marker marker-end marker-mid marker-start mask mask-type
  mix-blend-mode opacity overflow paint-order pointer-events shape-rendering stop-color
  stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin
  stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering
  unicode-bidi vector-effect visibility word-spacing writing-mode attributeName attributeType
  begin dur end min max restart repeatCount repeatDur calcMode keyTimes keySplines from to by
  additive accumulate path keyPoints`.split(/\s+/),
);
/** Attributes of words, not CSS values: their text is never read as a URL. */
const TEXT_ATTRIBUTES = /^(id|class|lang|role|aria-[a-z]+|data-[\w.-]+)$/;

/** The CSS functions a drawing uses; `url()` only to the file's own `#id`. Any other (`image-set`,
 *  `src`) could fetch something. */
const CSS_FUNCTIONS = new Set(
  `url rgb rgba hsl hsla hwb lab lch oklab oklch color color-mix calc min max clamp var translate
  translatex translatey translate3d rotate rotatex rotatey rotatez rotate3d scale scalex scaley
  scale3d skew skewx skewy matrix matrix3d perspective cubic-bezier steps linear blur brightness
  contrast drop-shadow grayscale hue-rotate invert opacity saturate sepia linear-gradient
  radial-gradient conic-gradient repeating-linear-gradient repeating-radial-gradient`.split(/\s+/),
);
const CSS_AT_RULES = new Set(['media', 'keyframes', '-webkit-keyframes', 'supports']);
/** A reference inside the file, `#id`, as `url()` or `href` may hold it. */
const LOCAL = /^\s*(["']?)#[^"'()\s]*\1\s*$/;
/** A picture inside the picture, as `<image>` and `<feImage>` may hold it: it cannot run. */
const RASTER_DATA = /^\s*data:image\/(png|jpeg|gif|webp|avif);base64,[\w+/=\s]*$/i;

/** Why it matters, by kind of problem. */
const RUNS = 'which could run if the picture were opened on its own';
const REACHES = 'which would reach outside the deck';
const UNKNOWN = 'which is not among what a picture of the deck may hold (shapes, text, gradients, filters, styles, animation)';

/** One thing an SVG may not hold: what it is, where it is said in the file, and why it matters. */
interface Problem {
  what: string;
  detail: string;
  why: string;
}

/** What in an SVG could run or reach outside the file, as the clause of a message ("contains a
 *  script (<x:script>, line 3), which could run..."), or undefined when it only draws. */
export function svgProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let first: string | undefined;
  const found = ({ what, detail, why }: Problem) => {
    first ??= `contains ${what} (${detail}, line ${parser.line}), ${why}`;
  };
  let css: string | undefined;
  parser.on('xmldecl', ({ encoding }) => {
    if (encoding && !/^(utf-8|us-ascii)$/i.test(encoding))
      found({ what: 'an encoding other than UTF-8', detail: encoding, why: 'which the check cannot read as the browser would: save it as UTF-8' });
  });
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) found({ what: 'declarations of its own', detail: '<!DOCTYPE [...]>', why: 'which could add content the check does not see' });
  });
  parser.on('processinginstruction', ({ target }) =>
    found({ what: 'a processing instruction', detail: `<?${target}?>`, why: `${REACHES} (a style sheet or transform of another file)` }),
  );
  parser.on('opentag', (tag) => {
    const problem = elementProblem(tag);
    if (problem) found(problem);
    if (tag.uri === SVG && tag.local === 'style') css = '';
  });
  const addCss = (chunk: string) => {
    if (css !== undefined) css += chunk;
  };
  parser.on('text', addCss);
  parser.on('cdata', addCss);
  parser.on('closetag', (tag) => {
    // The whole text inside <style>, in whatever elements it is put.
    if (css === undefined || tag.uri !== SVG || tag.local !== 'style') return;
    const problem = cssProblem(css);
    if (problem) found({ what: problem, detail: 'in <style>', why: REACHES });
    css = undefined;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    // The browser shows nothing of a file that is not XML, and the check cannot read it either.
    first ??= `is not well-formed XML (${(error as Error).message.replace(/^(?:.*?:)?(\d+):(\d+): (.*?)\.?$/, 'line $1, column $2: $3')}), which the browser would not show`;
  }
  return first;
}

/** What is wrong with an element or one of its attributes, if anything. */
function elementProblem(tag: SaxesTagNS): Problem | undefined {
  const detail = `<${tag.name}>`;
  if (tag.local.toLowerCase() === 'script') return { what: 'a script', detail, why: RUNS };
  if (tag.local === 'foreignObject') return { what: 'a <foreignObject>', detail: 'HTML inside the picture', why: RUNS };
  const editors = EDITOR_NAMESPACES.has(tag.uri);
  if (!tag.uri) return { what: 'an element of no namespace', detail, why: `which the browser does not draw as SVG: the root needs xmlns="${SVG}"` };
  if (tag.uri !== SVG && !editors) return { what: 'an element of another namespace', detail: `${detail} of ${tag.uri}`, why: UNKNOWN };
  if (!editors && !ELEMENTS.has(tag.local)) return { what: 'an element that does not draw', detail, why: tag.local === 'a' ? `${REACHES} (a link)` : UNKNOWN };
  for (const attribute of Object.values(tag.attributes)) {
    const problem = attributeProblem(tag, attribute, editors);
    if (problem) return problem;
  }
  return undefined;
}

function attributeProblem(tag: SaxesTagNS, { name, local, uri, value }: SaxesAttributeNS, editors: boolean): Problem | undefined {
  const detail = `${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}" on <${tag.name}>`;
  if (/^on/i.test(local) && !uri) return { what: 'an event handler attribute', detail, why: RUNS };
  if (uri === XMLNS || EDITOR_NAMESPACES.has(uri) || (uri === XML && (local === 'space' || local === 'lang')) || (uri === XLINK && local === 'title'))
    return undefined;
  if (editors && !uri) return undefined;
  if ((!uri || uri === XLINK) && local === 'href') {
    const picture = tag.local === 'image' || tag.local === 'feImage';
    if (LOCAL.test(value) || (picture && RASTER_DATA.test(value))) return undefined;
    return /^\s*(javascript|vbscript):/i.test(value)
      ? { what: 'a link that runs code', detail, why: RUNS }
      : { what: 'a reference to another file', detail, why: REACHES };
  }
  if (TEXT_ATTRIBUTES.test(local) && !uri) return undefined;
  if (uri || !ATTRIBUTES.has(local)) return { what: 'an attribute a picture does not need', detail, why: UNKNOWN };
  if (local === 'attributeName') {
    const target = value.trim().replace(/^xlink:/, '');
    if (target === 'href') return { what: 'an animation of a link', detail, why: REACHES };
    if (!ATTRIBUTES.has(target) || TEXT_ATTRIBUTES.test(target)) return { what: 'an animation of an attribute a picture does not need', detail, why: UNKNOWN };
  }
  const problem = cssProblem(value);
  return problem ? { what: problem, detail, why: REACHES } : undefined;
}

/** What in CSS text (a style sheet, a style attribute, a presentation attribute's value) could
 *  fetch something: an escape (which can spell any name), an at-rule or a function not known to
 *  be safe, a `url()` not to the file's own `#id`. */
function cssProblem(css: string): string | undefined {
  const text = css.replace(/\/\*[^]*?(\*\/|$)/g, ' ');
  if (text.includes('\\')) return 'a CSS escape "\\"';
  for (const [, rule] of text.matchAll(/@([-\w]*)/g)) {
    if (!CSS_AT_RULES.has(rule!.toLowerCase())) return `a CSS rule @${rule}`;
  }
  for (const match of text.matchAll(/([-\w\u0080-\uffff]*)\(/g)) {
    const name = match[1]!.toLowerCase();
    if (name === '') continue;
    if (!CSS_FUNCTIONS.has(name)) return `a CSS function ${name}()`;
    if (name === 'url' && !LOCAL.test(text.slice(match.index + match[0].length).split(')')[0]!)) return 'a url() of another file';
  }
  return undefined;
}
