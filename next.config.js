// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and pdfkit load files (wasm, font metrics) at run time: keep them out of the bundle.
  // pdfjs-dist (notice import) loads its worker module at run time; mammoth reads .docx files in Node.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "nodemailer", "postgres", "pdfjs-dist", "mammoth"],
  poweredByHeader: false,
  // Type checking runs once, as its own step of `npm test` (tsc --noEmit over app, lib and tests).
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: { serverActions: { bodySizeLimit: "2mb" }, authInterrupts: true },
  // Static security headers on every response. The Content-Security-Policy (a fresh nonce per request)
  // and HSTS (only when the public base URL is https, read at run time) are set by proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
