"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { importChunkAction, importFileAction } from "@/lib/persons/actions";
import { parseCsv } from "@/lib/persons/csv";
import type { ImportResult } from "@/lib/persons/import-queries";
import { useErrorText } from "../../../_components/action-form";

const CHUNK = 200;

/**
 * CSV import with a progress bar: the browser parses the file and sends it in chunks of 200 rows, so a
 * large file shows how far it got and a failure loses at most one chunk. Without JavaScript the form
 * posts the whole file and the server does the same chunking.
 */
export function ImportForm({ registers }: { registers: Array<{ id: string; name: string }> }) {
  const t = useTranslations("staffImport");
  const errorText = useErrorText();
  const [fallbackState, fallbackAction] = useActionState(importFileAction, null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const shown = result ?? (fallbackState?.ok ? (fallbackState.data as ImportResult) : null);
  const fallbackError = fallbackState && !fallbackState.ok ? fallbackState.fieldErrors?.file?.[0] ?? fallbackState.code : null;

  async function run(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(formRef.current!);
    const file = fd.get("file");
    const registerId = String(fd.get("registerId") ?? "");
    setResult(null);
    setFailure(null);
    if (!(file instanceof File) || file.size === 0) {
      setFailure("required");
      return;
    }
    setBusy(true);
    try {
      const [header, ...rows] = parseCsv(await file.text());
      const total: ImportResult = { imported: 0, errors: [], unknownColumns: [] };
      setProgress({ done: 0, total: rows.length });
      for (let i = 0; i < rows.length; i += CHUNK) {
        const res = await importChunkAction({ registerId, header: header ?? [], rows: rows.slice(i, i + CHUNK), firstRow: i + 2 });
        if (!res.ok) {
          setFailure(res.code);
          break;
        }
        total.imported += res.data?.imported ?? 0;
        total.errors.push(...(res.data?.errors ?? []));
        total.unknownColumns = res.data?.unknownColumns ?? [];
        setProgress({ done: Math.min(rows.length, i + CHUNK), total: rows.length });
      }
      setResult(total);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form ref={formRef} action={fallbackAction} onSubmit={run} encType="multipart/form-data">
        {(failure || fallbackError) && <p className="form-error" role="alert">{errorText(failure ?? fallbackError ?? "internal")}</p>}
        <div className="field">
          <label htmlFor="import-register">{t("register")}</label>
          <select id="import-register" name="registerId" required defaultValue={registers[0]?.id}>
            {registers.map((r) => (
              <option key={r.id} value={r.id}>{r.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t("file")}</label>
          <span id="import-file-hint" className="hint">{t("fileHint")}</span>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint" />
        </div>
        <button type="submit" disabled={busy}>{t("submit")}</button>
      </form>
      {progress && (
        <div className="field" aria-live="polite">
          <label htmlFor="import-progress">{t("progress", { done: progress.done, total: progress.total })}</label>
          <progress id="import-progress" max={progress.total || 1} value={progress.done} />
        </div>
      )}
      {shown && (
        <section aria-labelledby="import-result" role="status">
          <h2 id="import-result">{t("resultTitle")}</h2>
          <p>{t("imported", { count: shown.imported })}</p>
          {shown.unknownColumns.length > 0 && <p>{t("unknownColumns", { columns: shown.unknownColumns.join(", ") })}</p>}
          {shown.errors.length > 0 && (
            <table>
              <caption>{t("errorsCaption", { count: shown.errors.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("row")}</th>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("problem")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.errors.slice(0, 500).map((e, n) => (
                  <tr key={n}>
                    <td>{e.row}</td>
                    <td>{e.field}</td>
                    <td>{errorText(e.error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
