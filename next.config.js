// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its package folder at run time; bundling breaks those paths.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    // Certificate capture: pdf.js loads its worker module, tesseract.js starts worker threads from its own files and
    // reads the language data from its package folder, @napi-rs/canvas is a native module. None survive bundling.
    "pdfjs-dist",
    "tesseract.js",
    "tesseract.js-core",
    "@tesseract.js-data/eng",
    "@napi-rs/canvas",
  ],
  typedRoutes: false,
  // Browsers still ask for /favicon.ico now and then, whatever the page's <link rel="icon"> says; send them to the
  // one icon there is instead of answering 404.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers act on HSTS only over HTTPS, so a plain-HTTP localhost is unaffected; production builds only.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
      // API answers and downloads are data, never documents: nothing runs in them, nothing frames them.
      // (Pages get their policy, with a per-request script nonce, from scripts/serve.mjs; the API reference at
      // /api/docs sets its own, in lib/api-doc/docs-page.ts.)
      ...["/api/v1/:path*", "/api/auth/:path*"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      })),
    ];
  },
};

export default nextConfig;
