import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./auth";
import { isStaffRole, type SessionUser } from "./types";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user as SessionUser | undefined;
  if (!user?.id || user.disabled) return null;
  return user;
}

/** The session token from the cookie (only to mark the second factor on this very session). */
export async function getSessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  return jar.get("__Secure-authjs.session-token")?.value ?? jar.get("authjs.session-token")?.value;
}

/** Pages: any signed-in person, else to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Staff pages: a staff or admin role and, in this session, the second factor (PRODUCT.md §4). */
export async function requireStaff(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isStaffRole(user.role)) forbidden();
  if (!user.mfa) redirect("/staff/mfa");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireStaff();
  if (user.role !== "admin") forbidden();
  return user;
}
