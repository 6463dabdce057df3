import type { HeldStatus } from "@/lib/credentials/compliance-types";

const styles: Record<HeldStatus, { label: string; className: string }> = {
  active: {
    label: "Active",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  },
  due_soon: { label: "Due soon", className: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100" },
  grace: {
    label: "In grace period",
    className: "bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100",
  },
  late_fee: {
    label: "Late fee due",
    className: "bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100",
  },
  inactive: { label: "Inactive", className: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100" },
  revoked: { label: "Revoked", className: "bg-red-200 text-red-950 dark:bg-red-950 dark:text-red-100" },
  replaced: {
    label: "Replaced",
    className: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  },
};

export const statusLabel = (s: HeldStatus) => styles[s].label;

export function StatusBadge({ status }: { status: HeldStatus | null }) {
  if (!status) return <span className="text-sm text-slate-600 dark:text-slate-400">Not tracked</span>;
  const s = styles[status];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${s.className}`}>{s.label}</span>;
}
