// Stands in for tinyld inside the CLI bundle (bin/cli-bundle.js): the same package (its CommonJS
// build of the same "normal" model), loaded on the first detection that needs it rather than at
// start-up, since a clear stopword vote settles most texts (lib/engine/lang/detect-language.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tinyld = null;

export const detect = (text, options) => {
  tinyld ??= require('tinyld');
  return tinyld.detect(text, options);
};
