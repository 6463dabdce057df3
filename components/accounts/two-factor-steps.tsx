"use client";

import { useState, type FormEvent, type ReactNode, type Ref } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { TwoFactorSetup } from "@/lib/auth/two-factor";

// The steps of the two-factor panel (components/accounts/two-factor.tsx), each a small form of its own.

export type StepError = { message: string; field?: string } | null;

const frame = "space-y-4 rounded-lg border border-slate-300 p-4 dark:border-slate-700";

/** A question in place: the password again (turning on, turning off), or the code from the app. */
function StepForm(props: {
  labelledBy: string;
  error: StepError;
  pending: boolean;
  submit: string;
  busy: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { labelledBy, error, pending, submit, busy, onSubmit, onCancel, children } = props;
  return (
    <form
      noValidate
      className={frame}
      aria-labelledby={labelledBy}
      aria-busy={pending}
      onSubmit={(e: FormEvent) => (e.preventDefault(), onSubmit())}
    >
      {children}
      {error && !error.field ? <Alert tone="error">{error.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? busy : submit}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

type StepProps = { error: StepError; pending: boolean; onCancel: () => void };

export function PasswordStep({
  question,
  submit,
  busy,
  inputRef,
  onSubmit,
  ...step
}: StepProps & {
  question: string;
  submit: string;
  busy: string;
  inputRef: Ref<HTMLInputElement>;
  onSubmit: (password: string) => void;
}) {
  const [password, setPassword] = useState("");
  return (
    <StepForm
      labelledBy="two-factor-password-question"
      submit={submit}
      busy={busy}
      {...step}
      onSubmit={() => onSubmit(password)}
    >
      <p id="two-factor-password-question">{question}</p>
      <TextField
        ref={inputRef}
        label="Your password, to confirm"
        name="two-factor-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={step.error?.field}
      />
    </StepForm>
  );
}

export function SetupStep({
  setup,
  headingRef,
  onSubmit,
  ...step
}: StepProps & {
  setup: TwoFactorSetup;
  headingRef: Ref<HTMLHeadingElement>;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = useState("");
  return (
    <StepForm labelledBy="two-factor-setup" submit="Turn on" busy="Checking…" {...step} onSubmit={() => onSubmit(code)}>
      <h3 id="two-factor-setup" ref={headingRef} tabIndex={-1} className="font-semibold">
        Add HIM Pathways to your authenticator app
      </h3>
      <ol className="list-decimal space-y-3 pl-5 text-slate-700 dark:text-slate-300">
        <li>
          In the app, add an account and scan this QR code:
          {/* A white card in both themes: scanners need dark modules on a light ground. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made per person, nothing to optimise */}
          <img
            src={setup.qrDataUrl}
            alt="QR code that adds HIM Pathways to an authenticator app"
            width={192}
            height={192}
            className="mt-2 rounded-md bg-white p-1"
          />
        </li>
        <li>
          Or, if you cannot scan, type this key (time-based, 6 digits):{" "}
          <code
            id="two-factor-secret"
            className="block font-mono text-base break-all text-slate-900 dark:text-slate-100"
          >
            {setup.secret}
          </code>
        </li>
        <li>Enter the 6-digit code the app now shows for HIM Pathways.</li>
      </ol>
      <TextField
        label="6-digit code from the app"
        name="two-factor-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={step.error?.field}
      />
    </StepForm>
  );
}
