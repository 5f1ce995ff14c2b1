import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isStaffRole } from "@/lib/auth/types";

/** Where a sign-in link lands: staff to their queue (through the second factor), subjects to their requests. */
export default async function AfterSignInPage() {
  const user = await requireUser();
  redirect(isStaffRole(user.role) ? "/staff" : "/my/requests");
}
