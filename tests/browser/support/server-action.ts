import type { RunningApp } from "./app";

// Calling a server action over HTTP the way the browser does (React's encodeReply): a form's
// FormData is sent as multipart fields "_1_<name>" (React 19.3) with the argument list "0" = [null, "$K1"]
// (useActionState's previous state, then the form); a plain-object action gets its JSON arguments.

/** form: a useActionState form action (prevState, formData); bare: an action that takes only the FormData. */
export type ActionInput = { form: Record<string, string | Blob>; bare?: boolean } | { values: unknown } | { args: unknown[] };
export type ActionReply = { status: number; body: string; result: { ok?: boolean; code?: string; data?: unknown } | null; redirect: string | null };

/** A string starting with "$" is escaped as "$$" in the reply format (a bare one is a reference). */
export function escapeFlight(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeFlight);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeFlight(v)]));
  return value;
}

export async function callAction(app: RunningApp, actionId: string, input: ActionInput, cookie?: string, page = "/", extraHeaders: Record<string, string> = {}): Promise<ActionReply> {
  const headers: Record<string, string> = { "Next-Action": actionId, Accept: "text/x-component", Origin: app.url, ...(cookie ? { cookie } : {}), ...extraHeaders };
  let body: BodyInit;
  if ("form" in input) {
    const fd = new FormData();
    for (const [k, v] of Object.entries(input.form)) fd.append(`_1_${k}`, v);
    fd.append("0", JSON.stringify(input.bare ? ["$K1"] : [null, "$K1"]));
    body = fd;
  } else {
    headers["Content-Type"] = "text/plain;charset=UTF-8";
    body = JSON.stringify(escapeFlight("values" in input ? [input.values] : input.args));
  }
  const res = await fetch(`${app.url}${page}`, { method: "POST", headers, body, redirect: "manual" });
  const text = await res.text();
  return { status: res.status, body: text, result: actionResult(text), redirect: res.headers.get("x-action-redirect") };
}

/** The action's return value: the Flight row that is a JSON object with an "ok" field. */
export function actionResult(flight: string): ActionReply["result"] {
  for (const line of flight.split("\n")) {
    const m = line.match(/^[0-9a-f]+:(\{.*\})$/);
    if (!m || !m[1].includes('"ok":')) continue;
    try {
      const v = JSON.parse(m[1]);
      if (typeof v.ok === "boolean") return v;
      if (v.a && typeof v.a === "object" && typeof v.a.ok === "boolean") return v.a;
    } catch {}
  }
  return null;
}

/** An action "succeeded": ok:true, or the redirect an action does after success (intake, sign-in). */
export const succeeded = (r: ActionReply) => r.status < 400 && (r.result?.ok === true || (r.result === null && r.redirect !== null));
