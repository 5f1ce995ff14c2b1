// Runs once per server process (Next.js instrumentation, also under lib/cli/server.mjs, before the
// first request is handled): refuse an incomplete production configuration, migrate, in demo mode
// seed an empty database, start the in-process workers (outbox, reminders). Node runtime only; never
// during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./lib/boot/boot-server");
  await bootServer();
}
