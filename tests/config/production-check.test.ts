import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { checkProductionSettings } from "@/lib/config/production-check";
import { computeClientIp, parseTrustedHops } from "@/lib/cli/client-ip-hops.mjs";

const good = {
  OMATIETO_BASE_URL: "https://omatieto.example.fi",
  AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
  OMATIETO_DATA_KEY: crypto.randomBytes(32).toString("base64"),
  SMTP_URL: "smtps://user:pw@mail.example.fi:465",
};

describe("production settings check", () => {
  it("accepts a complete configuration", () => {
    expect(checkProductionSettings(good)).toEqual([]);
    expect(checkProductionSettings({ ...good, OMATIETO_BASE_URL: "http://localhost:3000/" })).toEqual([]);
  });

  it("names every missing setting on its own line", () => {
    const problems = checkProductionSettings({});
    expect(problems).toHaveLength(4);
    for (const [i, name] of ["OMATIETO_BASE_URL", "AUTH_SECRET", "OMATIETO_DATA_KEY", "SMTP_URL"].entries()) {
      expect(problems[i]).toMatch(new RegExp(`^${name} is not set`));
      expect(problems[i]).not.toContain("\n");
    }
  });

  it.each([
    ["omatieto.example.fi", /not an absolute URL/],
    ["ftp://omatieto.example.fi", /https:\/\//],
    ["https://omatieto.example.fi/portal", /without a path/],
    ["https://omatieto.example.fi/?x=1", /without a path/],
    ["https://a:b@omatieto.example.fi", /user name/],
  ])("refuses the base URL %s", (value, message) => {
    const problems = checkProductionSettings({ ...good, OMATIETO_BASE_URL: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("refuses a short secret, a data key of the wrong size or not base64, and a non-SMTP mail URL", () => {
    expect(checkProductionSettings({ ...good, AUTH_SECRET: "x".repeat(31) })[0]).toMatch(/AUTH_SECRET is too short/);
    expect(checkProductionSettings({ ...good, AUTH_SECRET: "x".repeat(32) })).toEqual([]);
    expect(checkProductionSettings({ ...good, OMATIETO_DATA_KEY: crypto.randomBytes(16).toString("base64") })[0]).toMatch(/32 bytes.*16 bytes/);
    expect(checkProductionSettings({ ...good, OMATIETO_DATA_KEY: "!".repeat(44) })[0]).toMatch(/not base64/);
    expect(checkProductionSettings({ ...good, SMTP_URL: "http://mail.example.fi" })[0]).toMatch(/smtp:\/\//);
    expect(checkProductionSettings({ ...good, SMTP_URL: "not a url" })[0]).toMatch(/not a URL/);
  });
});

describe("client address from the socket and trusted proxy hops", () => {
  it("uses the socket address without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(computeClientIp("::ffff:127.0.0.1", "6.6.6.6", 0)).toBe("127.0.0.1");
    expect(computeClientIp("10.0.0.2", undefined, 0)).toBe("10.0.0.2");
    expect(computeClientIp("::1", ["1.1.1.1", "2.2.2.2"], 0)).toBe("::1");
    expect(computeClientIp(undefined, undefined, 0)).toBe("unknown");
  });

  it("takes the address the outermost trusted proxy saw, never a client-written (leftmost) value", () => {
    // One proxy: it appended the client's address as the last entry; anything before it is forged.
    expect(computeClientIp("10.0.0.1", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(computeClientIp("10.0.0.1", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(computeClientIp("10.0.0.1", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
    // Two proxies: the inner one appended the outer one's address.
    expect(computeClientIp("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.9", 2)).toBe("203.0.113.7");
    expect(computeClientIp("10.0.0.1", "[2001:db8::1]:443, 10.0.0.9", 2)).toBe("2001:db8::1");
  });

  it("falls back to the socket when the chain is shorter than the trusted hops", () => {
    expect(computeClientIp("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
    expect(computeClientIp("10.0.0.1", "203.0.113.7", 2)).toBe("10.0.0.1");
  });

  it("reads the hop count strictly", () => {
    expect(parseTrustedHops(undefined)).toBe(0);
    expect(parseTrustedHops("2")).toBe(2);
    expect(() => parseTrustedHops("-1")).toThrow();
    expect(() => parseTrustedHops("one")).toThrow();
  });
});

describe("loopback clients (the demo mailbox) and the sign-in link", () => {
  it("recognises loopback addresses only", async () => {
    const { isLoopbackAddress } = await import("@/lib/http/loopback");
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ["unknown", "", "10.0.0.1", "203.0.113.9", "::ffff:10.0.0.1", "127.0.0.1.evil.example", "fe80::1"]) expect(isLoopbackAddress(a), a).toBe(false);
  });

  it("builds the sign-in link from the base URL alone", async () => {
    const { buildSignInLink } = await import("@/lib/auth/sign-in-link");
    const link = new URL(buildSignInLink("https://omatieto.example.fi/", { token: "abc", email: "a+b@example.fi" }));
    expect(link.origin + link.pathname).toBe("https://omatieto.example.fi/api/auth/callback/nodemailer");
    expect(Object.fromEntries(link.searchParams)).toEqual({ callbackUrl: "https://omatieto.example.fi/after-sign-in", token: "abc", email: "a+b@example.fi" });
  });
});
