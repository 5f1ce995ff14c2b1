import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { requireUser } from "@/lib/auth/session";
import { homeOf, needsSecondFactor } from "@/lib/auth/types";
import { getTotpState, savePendingTotpSecret } from "@/lib/auth/queries";
import { generateTotpSecret, totpUri } from "@/lib/auth/totp";
import { openText, sealText } from "@/lib/crypto";
import { ClientMessages, FIELD_MESSAGES } from "@/app/_components/client-messages";
import { TotpForm as Form } from "./_components/totp-form";

/** The code form with its own texts and the field errors. */
const TotpForm = () => (
  <ClientMessages namespaces={[...FIELD_MESSAGES, "mfa"]}>
    <Form />
  </ClientMessages>
);

export const dynamic = "force-dynamic";

/** Staff second factor (PRODUCT.md §4): set up on the first staff sign-in, then asked every session. */
export default async function StaffMfaPage() {
  const user = await requireUser();
  if (!needsSecondFactor(user.role)) forbidden();
  if (user.mfa) redirect(homeOf(user.role));
  const t = await getTranslations("mfa");
  const state = await getTotpState(user.id);
  if (state?.enabledAt) {
    return (
      <>
        <h1>{t("verifyTitle")}</h1>
        <p>{t("verifyLead")}</p>
        <TotpForm />
      </>
    );
  }
  let secret = state?.secretEnc ? openText(state.secretEnc, `totp:${user.id}`) : null;
  if (!secret) {
    secret = generateTotpSecret();
    await savePendingTotpSecret(user.id, sealText(secret, `totp:${user.id}`));
  }
  const qr = await QRCode.toDataURL(totpUri(user.email, secret), { margin: 2, width: 220 });
  return (
    <>
      <h1>{t("setupTitle")}</h1>
      <p>{t("setupLead")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={qr} alt={t("qrAlt")} width={220} height={220} />
      <p>
        {t("secretLabel")}: <code data-testid="totp-secret">{secret}</code>
      </p>
      <TotpForm />
    </>
  );
}
