import { ClientMessages, STAFF_FORM_MESSAGES } from "@/app/_components/client-messages";

/** Every page here uses the staff forms (ActionForm): their error texts. Each page authenticates itself. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={STAFF_FORM_MESSAGES}>{children}</ClientMessages>;
}
