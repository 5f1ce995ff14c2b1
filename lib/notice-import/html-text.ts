import { Parser } from "htmlparser2";

/**
 * HTML (a whole page or a fragment from a two-column export) → plain lines, through a real HTML parser:
 * block elements end a paragraph (blank line), <br> breaks a line, <li> becomes a "- " item, and the
 * contents of script, style and the like are dropped. Entities are decoded. Nothing is ever rendered.
 */
const DROP = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title", "select", "textarea", "button"]);
const BLOCK = new Set(["p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "pre", "address", "dl", "dt", "dd", "form", "fieldset", "figure", "hr", "body", "html"]);
const LIST = new Set(["ul", "ol"]);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = "";
  let drop = 0;
  let listDepth = 0;
  const flush = () => {
    const t = line.replace(/ +/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const paragraphEnd = () => {
    flush();
    if (out.length && out[out.length - 1] !== "") out.push("");
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROP.has(name)) drop++;
        if (drop) return;
        if (name === "br") flush();
        else if (name === "li") {
          flush();
          line = "- ";
        } else if (LIST.has(name)) {
          paragraphEnd();
          listDepth++;
        } else if (name === "td" || name === "th") line += line.trim() ? "\t" : "";
        else if (BLOCK.has(name)) paragraphEnd();
      },
      ontext(text) {
        if (!drop) line += text.replace(/\s+/g, " ");
      },
      onclosetag(name) {
        if (DROP.has(name)) {
          drop = Math.max(0, drop - 1);
          return;
        }
        if (drop) return;
        if (name === "li") flush();
        else if (LIST.has(name)) {
          listDepth = Math.max(0, listDepth - 1);
          paragraphEnd();
        } else if (BLOCK.has(name)) paragraphEnd();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  while (out.length && out[out.length - 1] === "") out.pop();
  // A table row keeps its TAB between cells: a notice exported as a two-column table stays one.
  return out.map((l) => l.replace(/^\t+/, "").replace(/ *\t+ */g, "\t").trim()).join("\n");
}

/** Does this text contain HTML markup (a tag the parser would act on)? */
export function looksLikeHtml(text: string): boolean {
  return /<\s*(p|ul|ol|li|br|div|span|strong|em|b|i|a|h[1-6]|table|tr|td|html|body|script|style)\b[^>]*>/i.test(text);
}

/**
 * A list flattened into one line, "- first- Second- Third" (seed 004), → one "- " item per line.
 * A hyphen splits only before a capital letter, so "Kampanja- ja yhteydenottotiedot" stays whole.
 */
export function splitFlattenedItems(line: string): string[] {
  const t = line.trim();
  const bullet = /^[-–•*]\s+/.exec(t);
  const body = bullet ? t.slice(bullet[0].length) : t;
  if (!/[^\s-][-–•]\s+[\p{Lu}\d"“(]/u.test(body)) return [t];
  const parts = body.split(/(?<=[^\s-])\s*[-–•]\s+(?=[\p{Lu}\d"“(])/u).map((p) => p.trim()).filter(Boolean);
  if (!bullet) {
    const lead = parts.shift()!;
    return [lead, ...parts.map((p) => `- ${p}`)];
  }
  return parts.map((p) => `- ${p}`);
}

const ACTIVE_TAGS = new Set(["script", "iframe", "object", "embed", "applet", "frame", "frameset", "base", "form"]);

/**
 * Does an uploaded HTML file carry active content (scripts, frames, event handlers, javascript: links)?
 * Such a file is refused rather than cleaned, so the admin knows exactly what was read: pasting the
 * page's visible text works instead. Parsed, not pattern-matched.
 */
export function hasActiveContent(html: string): boolean {
  let found = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (ACTIVE_TAGS.has(name)) found = true;
        for (const [k, v] of Object.entries(attrs)) {
          if (/^on/i.test(k) || /^\s*(javascript|vbscript|data):/i.test(v)) found = true;
        }
        if (name === "meta" && /refresh/i.test(attrs["http-equiv"] ?? "")) found = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
