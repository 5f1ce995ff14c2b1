import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isLocale, localeCookie, negotiateLocale } from "./config";
import { loadMessages } from "./messages";

// The language comes from the switcher's cookie, else the browser's preference, else Finnish.
// No locale prefix in URLs: a link works the same for every reader.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Helsinki" };
});
