/**
 * Bundle the site's one script, browser/enhance.ts, into public/enhance.js (one small ES module;
 * Next copies public/ into the export). `--watch` rebuilds on every change, for npm run dev.
 */
import * as esbuild from 'esbuild'

export const options = {
  entryPoints: ['browser/enhance.ts'],
  outfile: 'public/enhance.js',
  bundle: true,
  format: 'esm',
  // Browsers with the popover API; older ones still read every page, without the extras.
  target: ['chrome114', 'edge114', 'firefox125', 'safari17'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--watch')) await (await esbuild.context(options)).watch()
  else await esbuild.build(options)
}
