// The `deck` command line: check, build (and the exports). Exit 1 on a deck error, 2 on misuse.
import { parseArgs } from 'node:util';
import { compileDeck } from '../compile-deck.js';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { loadDeck } from '../load/load-deck.js';
import { buildSite } from './build-site.js';

const USAGE = `usage: deck <command> [options]

commands:
  check            validate the sources without building
  build            build the static site

options:
  --slides DIR     folder of the Markdown sources (default: slides)
  --out DIR        output folder of build (default: dist)
  --help           show this help`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slides: { type: 'string', default: 'slides' },
        out: { type: 'string', default: 'dist' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`deck: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }

  const result = compileDeck(loadDeck(values.slides));
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (hasErrors(result.diagnostics)) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`deck: ${errors} error${errors > 1 ? 's' : ''}; nothing was built`);
    return 1;
  }

  switch (command) {
    case 'check':
      console.log(`deck: ${result.deck.slides.length} slides, ${result.deck.data.figures.size} figures: ok`);
      return 0;
    case 'build': {
      const started = performance.now();
      await buildSite({ slidesDir: values.slides, outDir: values.out });
      console.log(`deck: built ${result.deck.slides.length} slides into ${values.out}/ in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    default:
      console.error(`deck: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
