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

describe("GCM tag length (finding 13)", () => {
  const withTag = (sealed: string, edit: (tag: Buffer) => Buffer) => {
    const parts = sealed.split(".");
    parts[2] = edit(Buffer.from(parts[2]!, "base64url")).toString("base64url");
    return parts.join(".");
  };
  it("seals with a 16-byte tag", () => {
    expect(Buffer.from(sealText("x").split(".")[2]!, "base64url")).toHaveLength(16);
  });
  it("refuses a truncated tag, even one that is a correct prefix of the real tag", () => {
    const sealed = sealText("131052-308T", "ctx");
    for (const len of [4, 8, 12, 15]) expect(() => openText(withTag(sealed, (t) => t.subarray(0, len)), "ctx")).toThrow();
  });
  it("refuses a longer tag and extra parts", () => {
    const sealed = sealText("x");
    expect(() => openText(withTag(sealed, (t) => Buffer.concat([t, Buffer.from([0])])))).toThrow();
    expect(() => openText(`${sealed}.AA`)).toThrow();
  });
});
