import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function MyRequestsPage() {
  await requireUser();
  const t = await getTranslations("common");
  return <h1>{t("myRequests")}</h1>;
}
