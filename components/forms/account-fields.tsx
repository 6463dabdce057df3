import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";

// The parts the sign-in and sign-up forms share, named for the browser's password manager ("email", and
// "current-password" or "new-password"), so it fills in and offers to save the right fields.

export function EmailField({ error }: { error?: string }) {
  return <TextField label="Email" name="email" type="email" autoComplete="email" required error={error} />;
}

type PasswordProps = Omit<ComponentProps<typeof TextField>, "label" | "name" | "type" | "autoComplete"> & {
  autoComplete: "current-password" | "new-password";
};

export function PasswordField(props: PasswordProps) {
  return <TextField label="Password" name="password" type="password" required {...props} />;
}

/** The full-width submit button, and beneath it the way to the other form ("New here? Create an account"). */
export function AccountFormEnd({
  label,
  busyLabel,
  busy,
  disabled,
  question,
  href,
  linkText,
}: {
  label: string;
  /** What the button says while the form is being sent. */
  busyLabel: string;
  busy: boolean;
  disabled: boolean;
  question: string;
  href: string;
  linkText: string;
}) {
  return (
    <>
      <Button type="submit" disabled={disabled} className="w-full">
        {busy ? busyLabel : label}
      </Button>
      <p className="text-sm">
        {question} <TextLink href={href}>{linkText}</TextLink>
      </p>
    </>
  );
}
