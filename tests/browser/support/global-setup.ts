// Build once before the browser tests (the same build `npm start` uses).
export default async function setup() {
  const { buildIfNeeded } = await import("../../../lib/cli/build-if-needed.mjs");
  buildIfNeeded();
}
