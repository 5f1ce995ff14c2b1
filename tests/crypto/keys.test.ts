import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getAuthSecret, getKeys, openText, sealText } from "@/lib/crypto";

// Finding 13: outside demo mode the keys are never generated into the data folder.
const saved = { ...process.env };
const cache = globalThis as unknown as { __omatietoKeys?: unknown; __omatietoAuthSecret?: unknown };
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "omatieto-keys-"));
  process.env.OMATIETO_DATA_DIR = dataDir;
  delete cache.__omatietoKeys;
  delete cache.__omatietoAuthSecret;
});
afterEach(() => {
  process.env = { ...saved };
  delete cache.__omatietoKeys;
  delete cache.__omatietoAuthSecret;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("keys outside demo mode", () => {
  it("refuses to start without OMATIETO_DATA_KEY, naming it, and writes nothing to the data folder", () => {
    delete process.env.OMATIETO_DEMO;
    delete process.env.OMATIETO_DATA_KEY;
    expect(() => getKeys()).toThrow(/OMATIETO_DATA_KEY is not set/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
  it("refuses to start without AUTH_SECRET, naming it, and writes nothing to the data folder", () => {
    delete process.env.OMATIETO_DEMO;
    delete process.env.AUTH_SECRET;
    expect(() => getAuthSecret()).toThrow(/AUTH_SECRET is not set/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
  it("uses the keys from the environment", () => {
    delete process.env.OMATIETO_DEMO;
    process.env.OMATIETO_DATA_KEY = crypto.randomBytes(32).toString("base64");
    process.env.AUTH_SECRET = "from-the-environment";
    expect(openText(sealText("x"))).toBe("x");
    expect(getAuthSecret()).toBe("from-the-environment");
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });
});

describe("keys in demo mode", () => {
  it("generates both once into the data folder, so a fresh clone runs with no setup", () => {
    process.env.OMATIETO_DEMO = "1";
    delete process.env.OMATIETO_DATA_KEY;
    delete process.env.AUTH_SECRET;
    const secret = getAuthSecret();
    expect(openText(sealText("x"))).toBe("x");
    expect(fs.readdirSync(dataDir).sort()).toEqual(["auth-secret", "data-key"]);
    expect(fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8")).toBe(secret);
  });
});
