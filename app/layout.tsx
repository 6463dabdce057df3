import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { ThemeScript } from "@/components/ui/theme-script";
import { getPageSession } from "@/lib/auth/current-user";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "HIM Pathways", template: "%s · HIM Pathways" },
  description:
    "Career paths, credentials and CEUs for health-information professionals: " +
    "coders, auditors, CDI specialists, HIM managers and informatics analysts.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const skipLink = [
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50",
  "focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900",
].join(" ");
const footer = "border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [session, nonce] = await Promise.all([getPageSession(), headers().then((h) => h.get("x-nonce") ?? undefined)]);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className={skipLink}>
          Skip to content
        </a>
        <SiteHeader session={session} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className={footer}>
          <div className="mx-auto max-w-6xl px-4">
            Every figure shows its source and year, or is labelled an assumption you can change. Rules change every
            year: confirm with the issuing body before you pay for an exam.
          </div>
        </footer>
      </body>
    </html>
  );
}
