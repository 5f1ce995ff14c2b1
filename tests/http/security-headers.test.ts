import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildStrictTransportSecurity, createNonce } from "@/lib/http/security-headers";

describe("security headers (finding 12)", () => {
  it("script-src allows only 'self' and the nonce, never 'unsafe-inline'", () => {
    const csp = buildContentSecurityPolicy("abc123==", false);
    const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
  });
  it("gives a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });
  it("sends HSTS only for an https base URL", () => {
    expect(buildStrictTransportSecurity("https://omatieto.example")).toBe("max-age=31536000; includeSubDomains");
    expect(buildStrictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
