import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type ClientNamespace } from "@/lib/i18n/pick";

/** The error texts of the public forms (app/_components/field.tsx). */
export const FIELD_MESSAGES: ClientNamespace[] = ["errors"];
/** The error texts of the subject's forms (app/my/_components/form-fields.tsx). */
export const PORTAL_FORM_MESSAGES: ClientNamespace[] = ["errors", "requestErrors", "identityErrors"];
/** The error texts of the staff, admin and operator forms (app/staff/_components/action-form.tsx). */
export const STAFF_FORM_MESSAGES: ClientNamespace[] = ["errors", "staffErrors", "requestErrors"];

/**
 * Gives the client components inside it the named message namespaces, and only those: a provider's
 * messages are serialised into the page, and a nested provider replaces its parent's messages, so it
 * names every namespace the client components below it use (issue 13: the root provider used to pass
 * all of them, ~140 kB on every page). Server components translate with getTranslations and need none.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
