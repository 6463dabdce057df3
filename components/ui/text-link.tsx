import Link from "next/link";
import type { ComponentProps } from "react";

/** An in-text link in the house style: underlined, brand colour, readable in both themes. */
export function TextLink({ className = "", ...rest }: ComponentProps<typeof Link>) {
  return <Link className={`text-brand-700 underline dark:text-brand-300 ${className}`.trim()} {...rest} />;
}
