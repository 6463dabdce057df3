"use client";

import { setTheme, useTheme } from "@/components/ui/use-theme";

const toggleClass = [
  "rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900",
  "dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
].join(" ");

export function ThemeToggle() {
  const theme = useTheme();
  const label = theme === "dark" ? "Switch to light theme" : "Switch to dark theme";
  return (
    <button
      type="button"
      onClick={() => setTheme(theme === "dark" ? "light" : "dark")}
      aria-label={label}
      title={label}
      className={toggleClass}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀︎" : "☾"}</span>
    </button>
  );
}
