// Runs once per server process (Next.js instrumentation): migrate, seed an empty database, start
// the in-process workers (outbox, reminders). Node runtime only; never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./lib/boot/boot-server");
  await bootServer();
}
