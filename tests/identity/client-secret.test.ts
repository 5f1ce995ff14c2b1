import { describe, expect, it } from "vitest";
import { generateClientReference, generateClientSecret } from "@/lib/identity/client-secret";

describe("client references and secrets", () => {
  it("are made of unambiguous characters with the organisation's prefix", () => {
    const ref = generateClientReference("mlr");
    expect(ref).toMatch(/^MLR-K-[A-HJKMNP-Z2-9]{6}$/);
    const secret = generateClientSecret();
    expect(secret).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(new Set(Array.from({ length: 50 }, () => generateClientSecret())).size).toBe(50);
  });
});

describe("the client's slip", () => {
  it("is in the client's language, pointing at /my/verify", async () => {
    const { clientSlipText } = await import("@/lib/identity/client-slip");
    const sv = clientSlipText("sv", "https://omatieto.example");
    expect(sv.title).toBe("Ditt klientnummer");
    expect(sv.steps[1]).toContain("https://omatieto.example/my/verify");
    expect(clientSlipText("en", "https://x.example").reference).toBe("Client reference");
  });
});
