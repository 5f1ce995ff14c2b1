/** The notice file; read by its bytes on the server (lib/notice-import/file-type.ts), never shown as HTML. */
export function FileField({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="field">
      <label htmlFor="import-file">{label}</label>
      <span id="import-file-hint" className="hint">{hint}</span>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".docx,.pdf,.html,.htm,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/html,text/plain"
        aria-describedby="import-file-hint"
      />
    </div>
  );
}
