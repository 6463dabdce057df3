import { ceuTopicLabels, type CeuTopic } from "@/lib/credentials/ceu-topics";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { nextDeadline, type DeadlineStage } from "@/lib/credentials/deadlines";
import { daysBetween, monthsBetween } from "@/lib/dates";

// One reminder in words, the same in the email digest and in the app's notifications: whose deadline it is, what
// is still owed and by when, and at what pace ("12 CEUs, 4 of them auditing, by 2027-03-31 — about 2 a month").
// Pure.

export type ReminderEntry = {
  /** "CPC and CPMA (AAPC)"; a credential from another issuer by the name the person gave it. */
  label: string;
  /** What is still owed, by when, and the pace or the next stage. */
  owed: string;
  /** The credential's page in the app. */
  path: string;
  dueOn: string;
  /** A notification's title: "CPC (AAPC): CEUs due in 30 days". */
  title: string;
};

const num = (n: number) => String(Math.round(n * 100) / 100);
const ceus = (n: number) => `${num(n)} ${n === 1 ? "CEU" : "CEUs"}`;

function topicName(topic: string): string {
  return ceuTopicLabels[topic as CeuTopic]?.toLowerCase() ?? topic.replace(/_/g, " ");
}

function listed(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** "CPC and CPMA (AAPC)"; custom credentials by their names (`names`: code → name). */
export function reminderLabel(item: ComplianceItem, names: Record<string, string> = {}): string {
  return `${listed(item.credentials.map((c) => names[c] ?? c))} (${item.body})`;
}

/** "in 30 days", "tomorrow", "today", "yesterday", "30 days ago". */
export function relativeDay(today: string, date: string): string {
  const d = daysBetween(today, date);
  if (d === 0) return "today";
  if (d === 1) return "tomorrow";
  if (d === -1) return "yesterday";
  return d > 0 ? `in ${d} days` : `${-d} days ago`;
}

/** What is still owed, without a date: "12 CEUs, 4 of them auditing". */
export function owedWhat(item: ComplianceItem): string {
  const several = item.credentials.length > 1;
  const short = item.minimums
    .filter((m) => m.earned < m.required)
    .map((m) => ({ n: m.required - m.earned, topic: topicName(m.topic), who: several ? ` for ${m.credential}` : "" }));
  if (item.remaining > 0) {
    return [ceus(item.remaining), ...short.map((s) => `${num(s.n)} of them ${s.topic}${s.who}`)].join(", ");
  }
  if (short.length) return listed(short.map((s) => `${ceus(s.n)} on ${s.topic}${s.who}`));
  const rules = item.quotas.filter((q) => !q.met).map((q) => `“${q.rule}”`);
  return rules.length ? `CEUs that meet ${listed(rules)}` : "CEUs";
}

const afterDue: Record<Exclude<DeadlineStage, "window_opens" | "due">, (d: string) => string> = {
  grace_ends: (d) => `the grace period ends ${d}`,
  late_fee_ends: (d) => `the late-fee stage ends ${d}`,
  revoked: (d) => `revoked on ${d} if still owed`,
};

/** The whole sentence: "12 CEUs, 4 of them auditing, by 2027-03-31 — about 2 a month". */
export function owedSentence(item: ComplianceItem, today: string): string {
  const what = owedWhat(item);
  // "12 CEUs by …", but "12 CEUs, 4 of them auditing, by …".
  const joiner = what.includes(",") ? ", " : " ";
  const due = item.dueDate;
  if (due < today) {
    const next = nextDeadline(item, today);
    const then = next && next.stage in afterDue ? afterDue[next.stage as keyof typeof afterDue](next.date) : null;
    return `${what}${joiner}due ${due} — ${then ?? relativeDay(today, due)}`;
  }
  const months = monthsBetween(today, due);
  if (item.remaining > 0 && months >= 1.5) {
    const rate = item.remaining / months;
    const pace = rate >= 1 ? `about ${Math.round(rate)} a month` : `about 1 every ${Math.round(1 / rate)} months`;
    return `${what}${joiner}by ${due} — ${pace}`;
  }
  return `${what}${joiner}by ${due} — ${relativeDay(today, due)}`;
}

export function reminderTitle(item: ComplianceItem, today: string, names: Record<string, string> = {}): string {
  const label = reminderLabel(item, names);
  const d = daysBetween(today, item.dueDate);
  if (d < 0) return `${label}: CEUs overdue since ${item.dueDate}`;
  return `${label}: CEUs due ${relativeDay(today, item.dueDate)}`;
}

export function describeReminder(
  item: ComplianceItem,
  today: string,
  names: Record<string, string> = {},
): ReminderEntry {
  return {
    label: reminderLabel(item, names),
    owed: owedSentence(item, today),
    path: `/my-credentials/${encodeURIComponent(item.credentials[0] ?? "")}`,
    dueOn: item.dueDate,
    title: reminderTitle(item, today, names),
  };
}
