// Where the `extract --jsonl` worker script is. Running from the TypeScript sources (tsx, tests)
// there is none and lines are processed on the main thread; the CLI bundle
// (bin/cli-bundle.js) replaces this module with the URL of its bundled worker.
export const extractWorkerUrl: URL | null = null;
