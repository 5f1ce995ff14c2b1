import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The one pagination control of every keyset list (issue 13): links, not buttons, so it works without
 * JavaScript, with the keyboard, and opens in a new tab; large touch targets (`.pager` in globals.css).
 *
 * `kind` picks the words: "time" for newest-first lists (Older / Newer / Newest), "thread" for a
 * conversation or timeline showing its latest entries (Earlier / Later / Latest), "alpha" for
 * alphabetical lists (Next / Previous / First page). `href(cursor)` builds the link (null: first page),
 * keeping the page's other parameters; `label` names the list for screen readers (several on a page).
 */
export async function Pager({
  page,
  href,
  label,
  kind,
  onFirstPage,
}: {
  page: { next: string | null; prev: string | null };
  href: (cursor: string | null) => string;
  label: string;
  kind: "time" | "thread" | "alpha";
  /** True when no cursor was given: then there is no way back to offer. */
  onFirstPage: boolean;
}) {
  if (!page.next && !page.prev && onFirstPage) return null;
  const t = await getTranslations("pagination");
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        {!onFirstPage && (
          <li>
            <Link href={href(null)}>{t(`${kind}.first`)}</Link>
          </li>
        )}
        {page.prev && (
          <li>
            <Link href={href(page.prev)} rel="prev">
              {t(`${kind}.prev`)}
            </Link>
          </li>
        )}
        {page.next && (
          <li>
            <Link href={href(page.next)} rel="next">
              {t(`${kind}.next`)}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** A page URL: `path` with `params` (empty values dropped) and `name` set to `cursor` (or removed). */
export function pageHref(path: string, params: Record<string, string | string[] | undefined>, name: string, cursor: string | null, fragment?: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (k !== name && value) p.set(k, value);
  }
  if (cursor) p.set(name, cursor);
  const s = p.toString();
  return `${path}${s ? `?${s}` : ""}${fragment ? `#${fragment}` : ""}`;
}
