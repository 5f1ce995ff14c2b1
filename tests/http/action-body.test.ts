import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, checkActionBody } from "@/lib/http/action-body";

// Finding 10: bodies Next.js cannot decode are refused before it answers them with a 500.
const action = "40763fe0e7bffa0cc37a93314800ff20d6f96e85bb";
const text = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/", { method: "POST", body, headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8", ...headers } });
const multipart = (form: FormData, fetchAction = true) =>
  new Request("http://localhost/", { method: "POST", body: form, headers: fetchAction ? { "next-action": action } : {} });

describe("checkActionBody", () => {
  it.each(['["a",1,null]', '[{"x":"$$dollar"}]', '["$undefined","$D2026-01-01T00:00:00.000Z","$n12","$NaN","$-0"]', "[]"])(
    "accepts what React's encodeReply sends as text: %s",
    async (body) => expect(await checkActionBody(text(body))).toBe("ok"),
  );
  it.each(["", "{{{not json", '"$Q99"', '["$F1"]', '["$h1"]', '["$Y"]', '["$1:a"]', `["$n${"9".repeat(400)}"]`])(
    "refuses the text body %j",
    async (body) => expect(await checkActionBody(text(body))).toBe("malformed"),
  );
  it("accepts a form argument sent as multipart, and a form posted without JavaScript", async () => {
    const form = new FormData();
    form.set("0", '[null,"$K1"]');
    form.set("_1_locale", "en");
    expect(await checkActionBody(multipart(form))).toBe("ok");
    const plain = new FormData();
    plain.set(`$ACTION_ID_${action}`, "");
    plain.set("locale", "en");
    expect(await checkActionBody(multipart(plain, false))).toBe("ok");
  });
  it("refuses a multipart reply with a missing root or a reference to a missing part", async () => {
    const noRoot = new FormData();
    noRoot.set("1", "[]");
    expect(await checkActionBody(multipart(noRoot))).toBe("malformed");
    const dangling = new FormData();
    dangling.set("0", '["$Q2"]');
    expect(await checkActionBody(multipart(dangling))).toBe("malformed");
    const wrongKind = new FormData();
    wrongKind.set("0", '["$B1"]');
    wrongKind.set("1", '"text, not a blob"');
    expect(await checkActionBody(multipart(wrongKind))).toBe("malformed");
    const missingPath = new FormData();
    missingPath.set("0", '["$1:a:b"]');
    missingPath.set("1", "{}");
    expect(await checkActionBody(multipart(missingPath))).toBe("malformed");
    const goodPath = new FormData();
    goodPath.set("0", '["$1:a:b"]');
    goodPath.set("1", '{"a":{"b":2}}');
    expect(await checkActionBody(multipart(goodPath))).toBe("ok");
    const blob = new FormData();
    blob.set("0", '["$B1"]');
    blob.set("1", new Blob([new Uint8Array([1, 2])]));
    expect(await checkActionBody(multipart(blob))).toBe("ok");
    const present = new FormData();
    present.set("0", '["$Q2"]');
    present.set("2", "[]");
    expect(await checkActionBody(multipart(present))).toBe("ok");
  });
  it("refuses a multipart body that does not parse", async () => {
    for (const fetchAction of [true, false]) {
      const req = new Request("http://localhost/", {
        method: "POST",
        body: "garbage without boundary",
        headers: { "content-type": "multipart/form-data; boundary=XYZ", ...(fetchAction ? { "next-action": action } : {}) },
      });
      expect(await checkActionBody(req)).toBe("malformed");
    }
  });
  it("answers a body over the limit as too large", async () => {
    expect(await checkActionBody(text("[]", { "content-length": String(ACTION_BODY_LIMIT + 1) }))).toBe("too_large");
    expect(await checkActionBody(text(JSON.stringify(["a".repeat(ACTION_BODY_LIMIT)])))).toBe("too_large");
  });
});
