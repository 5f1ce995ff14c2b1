import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { homeOf } from "@/lib/auth/types";

/**
 * Where a sign-in link lands: staff to their queue and the operator to organisations (both through
 * the second factor), subjects to their requests.
 */
export default async function AfterSignInPage() {
  const user = await requireUser();
  redirect(homeOf(user.role));
}
