import { getLocale, getTranslations } from "next-intl/server";
import type { RequestView } from "@/lib/workflow/view-queries";
import { messageAction, noteAction } from "@/lib/workflow/actions";
import { ActionForm } from "../../../_components/action-form";
import { showDateTime } from "../../../_components/format";
import { Pager, pageHref } from "@/app/_components/pager";

/**
 * Messages with the subject and internal notes, in two visibly separate sections (PRODUCT.md §2: never
 * mixed). The internal area has its own heading, border and a "not shown to the subject" line.
 */
export async function Conversation({ view, pages }: { view: RequestView; pages: { messages?: string; notes?: string; events?: string } }) {
  const t = await getTranslations("staffConversation");
  const locale = await getLocale();
  const r = view.request;
  const path = `/staff/requests/${r.id}`;
  return (
    <>
      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("messages")}</h2>
        <Pager page={view.messagePages} kind="thread" label={t("messagePages")} onFirstPage={!pages.messages} href={(c) => pageHref(path, pages, "messages", c, "messages-heading")} />
        {view.messages.length === 0 ? (
          <p>{t("noMessages")}</p>
        ) : (
          <ol style={{ listStyle: "none", padding: 0 }}>
            {view.messages.map((m) => (
              <li key={m.id} className="card" style={{ marginBottom: "0.5rem", marginLeft: m.fromStaff ? "2rem" : 0 }}>
                <p className="hint">
                  {m.fromStaff ? t("fromStaff", { name: m.authorName ?? "" }) : t("fromSubject")} · {showDateTime(m.createdAt, locale)}
                </p>
                <p style={{ whiteSpace: "pre-wrap" }}>{m.body}</p>
              </li>
            ))}
          </ol>
        )}
        <ActionForm
          name="message"
          action={messageAction}
          idPrefix="message"
          submitLabel={t("send")}
          successText={t("sent")}
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
            { name: "body", label: t("newMessage"), hint: t("newMessageHint"), kind: "textarea", required: true, maxLength: 8000 },
          ]}
        />
      </section>

      <section aria-labelledby="notes-heading" className="notice-box" style={{ borderLeftColor: "#7a4a00", marginTop: "2rem" }}>
        <h2 id="notes-heading">{t("notes")}</h2>
        <p>
          <strong>{t("notesWarning")}</strong>
        </p>
        <Pager page={view.notePages} kind="thread" label={t("notePages")} onFirstPage={!pages.notes} href={(c) => pageHref(path, pages, "notes", c, "notes-heading")} />
        {view.notes.length === 0 ? (
          <p>{t("noNotes")}</p>
        ) : (
          <ul>
            {view.notes.map((n) => (
              <li key={n.id}>
                <span className="hint">
                  {n.authorName ?? ""} · {showDateTime(n.createdAt, locale)}
                </span>
                <p style={{ whiteSpace: "pre-wrap", marginTop: 0 }}>{n.body}</p>
              </li>
            ))}
          </ul>
        )}
        <ActionForm
          name="note"
          action={noteAction}
          idPrefix="note"
          secondary
          submitLabel={t("addNote")}
          successText={t("noteAdded")}
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: r.id },
            { name: "body", label: t("newNote"), kind: "textarea", required: true, maxLength: 8000 },
          ]}
        />
      </section>
    </>
  );
}
