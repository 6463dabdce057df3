import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "@/lib/http/csp";

// Every page gets its own script nonce and the Content-Security-Policy that names it. Next reads the policy from
// the request headers and puts the nonce on its scripts; the layout reads x-nonce for the theme script. API routes,
// static files and prefetches are left out (their headers come from next.config.js).
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
