/**
 * What a production deployment must have before it may start (issue 9, finding 1 and 3): a fixed
 * public base URL (every emailed and redirect URL is built from it, never from Host), next-auth's
 * secret, the data key (not generated into the data folder, so a backup of that folder never holds
 * it) and a real mail transport (the development mailbox exists only in demo mode). Pure: the caller
 * passes the environment and decides what to do with the problems.
 */
export type SettingsEnv = Record<string, string | undefined>;

const GENERATE = "generate one with: openssl rand -base64 32";

function checkBaseUrl(value: string | undefined): string | undefined {
  if (!value) return "OMATIETO_BASE_URL is not set: the public address people use, e.g. https://omatieto.example.fi";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "OMATIETO_BASE_URL is not an absolute URL: use e.g. https://omatieto.example.fi";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "OMATIETO_BASE_URL must start with https:// (or http://)";
  if (url.username || url.password) return "OMATIETO_BASE_URL must not contain a user name or password";
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    return "OMATIETO_BASE_URL must be an origin without a path, query or fragment, e.g. https://omatieto.example.fi";
  }
  return undefined;
}

function checkAuthSecret(value: string | undefined): string | undefined {
  if (!value) return `AUTH_SECRET is not set: at least 32 characters; ${GENERATE}`;
  if (value.length < 32) return `AUTH_SECRET is too short (${value.length} characters): at least 32; ${GENERATE}`;
  return undefined;
}

function checkDataKey(value: string | undefined): string | undefined {
  if (!value) return `OMATIETO_DATA_KEY is not set: 32 random bytes, base64-encoded; ${GENERATE}, and back it up apart from the data`;
  const trimmed = value.trim();
  const bytes = Buffer.from(trimmed, "base64");
  // Buffer.from ignores characters that are not base64: re-encode to be sure it was real base64.
  const canonical = bytes.toString("base64");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || canonical.replace(/=+$/, "") !== trimmed.replace(/=+$/, "")) {
    return `OMATIETO_DATA_KEY is not base64: ${GENERATE}`;
  }
  if (bytes.length !== 32) return `OMATIETO_DATA_KEY must be 32 bytes, base64-encoded (it is ${bytes.length} bytes): ${GENERATE}`;
  return undefined;
}

function checkSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return "SMTP_URL is not set: the mail server for sign-in links and notices, e.g. smtps://user:password@mail.example.fi:465";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "SMTP_URL is not a URL: use e.g. smtps://user:password@mail.example.fi:465";
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") return "SMTP_URL must start with smtp:// or smtps://";
  if (!url.hostname) return "SMTP_URL has no host name";
  return undefined;
}

/** Every problem with the production settings, one line each; empty when the deployment may start. */
export function checkProductionSettings(env: SettingsEnv): string[] {
  return [
    checkBaseUrl(env.OMATIETO_BASE_URL),
    checkAuthSecret(env.AUTH_SECRET),
    checkDataKey(env.OMATIETO_DATA_KEY),
    checkSmtpUrl(env.SMTP_URL),
  ].filter((p): p is string => Boolean(p));
}

export const REFUSAL_PREFIX = "[omatieto] refusing to start:";
