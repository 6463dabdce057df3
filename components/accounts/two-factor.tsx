"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { PasswordStep, SetupStep, type StepError } from "@/components/accounts/two-factor-steps";
import { RecoveryCodes } from "@/components/accounts/recovery-codes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/accounts/actions";
import type { ActionResult } from "@/lib/actions/json-action";
import type { TwoFactorSetup, TwoFactorStatus } from "@/lib/auth/two-factor";

type Mode = "idle" | "start" | "setup" | "codes" | "stop";

/**
 * Two-factor sign-in on the profile page. Off: turning it on asks for the password, then shows the QR code and the
 * key, and a right code from the app turns it on and shows the recovery codes once. On: turning it off asks for the
 * password. Each step takes focus when it opens, and hands it back to the button when it closes.
 */
export function TwoFactor({ status }: { status: TwoFactorStatus }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [error, setError] = useState<StepError>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [override, setOverride] = useState<boolean | null>(null);
  const [pending, startTransition] = useTransition();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    const target = mode === "idle" ? buttonRef : mode === "start" || mode === "stop" ? passwordRef : headingRef;
    // Not on the first render: the page must not jump to this panel when it loads.
    if (opened.current) target.current?.focus();
    opened.current = true;
  }, [mode]);

  function go(next: Mode) {
    setError(null);
    setMode(next);
  }

  /** Runs an action; on failure keeps its message beside the field it names and puts focus back there. */
  function run<T>(call: () => Promise<ActionResult<T>>, field: string, done: (data: T) => void) {
    startTransition(async () => {
      const res = await call();
      if (!res.ok) {
        setError({ message: res.message, field: res.fieldErrors[field] });
        (document.getElementById(field === "code" ? "two-factor-code" : "two-factor-password") as HTMLElement)?.focus();
        return;
      }
      setError(null);
      done(res.data);
    });
  }

  // Until the page's refreshed data arrives, what this panel just did is the truth.
  const on = override ?? status.enabled;
  if (mode === "codes") {
    return (
      <div className="mt-3">
        <RecoveryCodes
          codes={codes}
          headingRef={headingRef}
          onDone={() => {
            setCodes([]);
            go("idle");
            router.refresh();
          }}
        />
      </div>
    );
  }
  return (
    <div className="mt-3 space-y-4">
      <StatusText on={on} status={status} />
      {notice && mode === "idle" ? <Alert tone="success">{notice}</Alert> : null}
      {mode === "idle" ? (
        <Button
          ref={buttonRef}
          type="button"
          variant={on ? "secondary" : "primary"}
          onClick={() => go(on ? "stop" : "start")}
        >
          {on ? "Turn off two-factor sign-in…" : "Turn on two-factor sign-in…"}
        </Button>
      ) : null}
      {mode === "start" || mode === "stop" ? (
        <PasswordStep
          question={
            mode === "start"
              ? "First, your password: a session left open on a shared computer must not be enough to change this."
              : "Turn off two-factor sign-in? Signing in will ask for your password only, and your recovery codes " +
                "will stop working."
          }
          submit={mode === "start" ? "Continue" : "Turn off"}
          busy={mode === "start" ? "Checking…" : "Turning off…"}
          error={error}
          pending={pending}
          inputRef={passwordRef}
          onCancel={() => go("idle")}
          onSubmit={(password) =>
            mode === "start"
              ? run(
                  () => startTwoFactorAction({ password }),
                  "password",
                  (data) => (setSetup(data), go("setup")),
                )
              : run(
                  () => disableTwoFactorAction({ password }),
                  "password",
                  () => {
                    setNotice("Two-factor sign-in is off.");
                    setOverride(false);
                    go("idle");
                    router.refresh();
                  },
                )
          }
        />
      ) : null}
      {mode === "setup" && setup ? (
        <SetupStep
          setup={setup}
          error={error}
          pending={pending}
          headingRef={headingRef}
          onCancel={() => go("idle")}
          onSubmit={(code) =>
            run(
              () => confirmTwoFactorAction({ code }),
              "code",
              (data) => {
                setCodes(data.recoveryCodes);
                setOverride(true);
                setNotice(null);
                go("codes");
              },
            )
          }
        />
      ) : null}
    </div>
  );
}

function StatusText({ on, status }: { on: boolean; status: TwoFactorStatus }) {
  if (!on) {
    return (
      <p className="text-slate-700 dark:text-slate-300">
        Two-factor sign-in is off. Turn it on and signing in will also ask for a code from an authenticator app on your
        phone (such as Google Authenticator, Microsoft Authenticator or 1Password), so a stolen password alone cannot
        open your account.
      </p>
    );
  }
  // Just turned on, before the refreshed figures arrive: say only that.
  if (!status.enabled) return <p className="text-slate-700 dark:text-slate-300">Two-factor sign-in is on.</p>;
  const left = status.recoveryCodesLeft;
  return (
    <>
      <p className="text-slate-700 dark:text-slate-300">
        Two-factor sign-in is on{status.enabledAt ? ` since ${status.enabledAt.slice(0, 10)}` : ""}: after your
        password, signing in asks for a code from your authenticator app. {left} of 10 recovery codes left.
      </p>
      {left <= 3 ? (
        <p className="text-slate-700 dark:text-slate-300">
          Running low on recovery codes: turn two-factor sign-in off and on again to get ten new ones.
        </p>
      ) : null}
    </>
  );
}
