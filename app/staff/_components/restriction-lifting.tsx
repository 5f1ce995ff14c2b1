import { getTranslations } from "next-intl/server";
import { NOTICE_CHANNELS } from "@/lib/workflow/constants";
import { liftAction, liftNoticeAction } from "@/lib/workflow/actions";
import { ActionForm } from "./action-form";

/**
 * Lifting a restriction (Art. 18(3)) in two steps: first tell the subject (email through the outbox, or a
 * letter / call the handler confirms), then lift. The second step is refused until the first is done.
 */
export async function RestrictionLifting({ personId, requestId, name }: { personId: string; requestId?: string; name?: string }) {
  const t = await getTranslations("staffRestriction");
  const l = await getTranslations("staffLabels");
  const base = [
    { name: "personId", label: "", kind: "hidden" as const, defaultValue: personId },
    ...(requestId ? [{ name: "requestId", label: "", kind: "hidden" as const, defaultValue: requestId }] : []),
  ];
  return (
    <div className="card">
      <h3>{name ? t("headingFor", { name }) : t("heading")}</h3>
      <p>{t("help")}</p>
      <ActionForm
        name="liftNotice"
        action={liftNoticeAction}
        idPrefix={`lift-notice-${personId}`}
        submitLabel={t("noticeSubmit")}
        successText={t("noticeSent")}
        fields={[
          ...base,
          { name: "channel", label: t("channel"), kind: "radio", required: true, defaultValue: "email", options: NOTICE_CHANNELS.map((c) => ({ value: c, label: l(`noticeChannel.${c}`) })) },
          { name: "reasons", label: t("reasons"), hint: t("reasonsHint"), kind: "textarea", required: true, maxLength: 4000 },
        ]}
      />
      <ActionForm name="lift" action={liftAction} idPrefix={`lift-${personId}`} secondary submitLabel={t("liftSubmit")} successText={t("lifted")} fields={base}>
        <p className="hint">{t("liftHelp")}</p>
      </ActionForm>
    </div>
  );
}
