import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function StaffHomePage() {
  await requireStaff();
  const t = await getTranslations("common");
  return <h1>{t("staffQueue")}</h1>;
}
