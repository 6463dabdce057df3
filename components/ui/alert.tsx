import type { ReactNode } from "react";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  success: [
    "border-emerald-300 bg-emerald-50 text-emerald-900",
    "dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  ].join(" "),
  info: "border-slate-300 bg-slate-50 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
};

/** A message region; errors are announced at once (role=alert), other messages politely. */
export function Alert({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      tabIndex={-1}
      className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
