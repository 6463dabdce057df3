import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

const linkStyle = "text-brand-700 underline dark:text-brand-300";

/** An in-text link in the house style: underlined, brand colour, readable in both themes. */
export function TextLink({ className = "", ...rest }: ComponentProps<typeof Link>) {
  return <Link className={`${linkStyle} ${className}`.trim()} {...rest} />;
}

/** The way back from a detail page to its list ("All your plans"), above the page's title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <TextLink href={href}>{children}</TextLink>
    </p>
  );
}

/**
 * A link to a file the API serves (a CSV, a ZIP, a certificate), in the same style. A plain anchor on purpose: the
 * client-side router must not prefetch or try to render a download.
 */
export function DownloadLink({ className = "", ...rest }: ComponentProps<"a">) {
  return <a className={`${linkStyle} ${className}`.trim()} {...rest} />;
}

/** A link to another site, in the same style: a plain anchor that tells that site nothing of the page it came from. */
export function ExternalLink({ className = "", ...rest }: ComponentProps<"a">) {
  return <a className={`${linkStyle} ${className}`.trim()} rel="noopener noreferrer" {...rest} />;
}
