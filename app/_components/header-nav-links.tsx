"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type HeaderLink = { href: string; label: string; area?: "staff" };

/**
 * The header's links. Inside the staff and admin areas their own navigation (StaffNav) already lists
 * the queue and administration, so the header leaves those out: navigation once, not twice.
 */
export function HeaderNavLinks({ links }: { links: HeaderLink[] }) {
  const path = usePathname() ?? "/";
  const inStaffArea = (/^\/(staff|admin)(\/|$)/.test(path) && !path.startsWith("/staff/mfa"));
  return (
    <>
      {links
        .filter((l) => !(l.area === "staff" && inStaffArea))
        .map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={path === l.href ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
    </>
  );
}
