import { describe, expect, it } from "vitest";
import { claimedTypeAgrees, sniffDocumentType } from "@/lib/representatives/document-type";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("authority document type by magic bytes", () => {
  it("recognises PDF, PNG and JPEG from their first bytes", () => {
    expect(sniffDocumentType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever its name would say", () => {
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"))).toBeNull();
    expect(sniffDocumentType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // a zip (docx)
    expect(sniffDocumentType(bytes(0x25, 0x50))).toBeNull(); // too short
  });

  it("requires the claimed type to agree with the bytes", () => {
    expect(claimedTypeAgrees("application/pdf", "application/pdf")).toBe(true);
    expect(claimedTypeAgrees("image/jpg", "image/jpeg")).toBe(true);
    expect(claimedTypeAgrees("", "image/png")).toBe(true);
    expect(claimedTypeAgrees("image/png", "application/pdf")).toBe(false);
  });
});
