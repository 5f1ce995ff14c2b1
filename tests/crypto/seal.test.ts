import { describe, expect, it } from "vitest";
import { lookupHash, openText, sealText, hashSecret, verifySecret } from "@/lib/crypto";

describe("AES-256-GCM sealing", () => {
  it("round-trips and never shows the clear value", () => {
    const sealed = sealText("131052-308T");
    expect(sealed).not.toContain("131052");
    expect(openText(sealed)).toBe("131052-308T");
    expect(sealText("131052-308T")).not.toBe(sealed); // random IV
  });
  it("refuses a tampered value and a wrong context", () => {
    const sealed = sealText("secret", "ctx");
    const parts = sealed.split(".");
    parts[3] = Buffer.from("xxxxxx").toString("base64url");
    expect(() => openText(parts.join("."), "ctx")).toThrow();
    expect(() => openText(sealed, "other")).toThrow();
  });
  it("gives a stable, keyed lookup hash", () => {
    expect(lookupHash("131052-308t")).toBe(lookupHash(" 131052-308T "));
    expect(lookupHash("131052-308T")).not.toContain("131052");
  });
  it("verifies secrets in constant time", () => {
    const h = hashSecret("demo-salaisuus-42");
    expect(verifySecret("demo-salaisuus-42", h)).toBe(true);
    expect(verifySecret("demo-salaisuus-43", h)).toBe(false);
  });
});
