import { csvTable } from "@/lib/csv";
import type { RosterMember } from "@/lib/teams/roster";

// The roster as CSV: one row per member and credential (a member who shares nothing gets one row with their name
// and role only). Built from `memberView` rows, so a column a member did not share stays empty. Pure.

const HEADER = [
  "member",
  "role",
  "position",
  "shares",
  "covered",
  "missing",
  "lapsing",
  "credential",
  "issuer",
  "status",
  "due_date",
  "ceus_earned",
  "ceus_required",
  "ceus_remaining",
  "policy_year_hours",
  "policy_new_hire",
  "source",
];

const coveredCell = (m: RosterMember) => (m.coverage ? (m.coverage.met ? "yes" : "no") : "");
const missingCell = (m: RosterMember) => m.coverage?.missing.map((g) => g.join("+")).join(" or ") ?? "";

export function rosterCsv(members: RosterMember[]): string {
  const rows: (string | number | null)[][] = [];
  for (const m of members) {
    const policyYear = m.policy?.year ? `${m.policy.year.earned}/${m.policy.year.required ?? "-"}` : "";
    const newHire = m.policy?.newHire
      ? `${m.policy.newHire.earned}/${m.policy.newHire.required} ${m.policy.newHire.state}`
      : "";
    const head = [
      m.name,
      m.role,
      m.position?.name ?? "",
      m.share.join(";"),
      coveredCell(m),
      missingCell(m),
      m.coverage?.lapsing.join(";") ?? "",
    ];
    const creds = m.credentials ?? [];
    if (creds.length === 0) {
      rows.push([...head, "", "", "", "", "", "", "", policyYear, newHire, m.credentials ? "self-reported" : ""]);
      continue;
    }
    for (const c of creds) {
      const cycle = m.progress?.find((p) => p.cycle === "current" && p.credentials.includes(c.code));
      rows.push([
        ...head,
        c.code,
        c.issuer,
        c.status ?? "",
        c.dueDate ?? "",
        cycle?.earned ?? null,
        cycle?.required ?? null,
        cycle?.remaining ?? null,
        policyYear,
        newHire,
        "self-reported",
      ]);
    }
  }
  return csvTable(HEADER, rows);
}
