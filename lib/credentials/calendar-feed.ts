import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { getCompliance } from "@/lib/credentials/compliance-queries";
import type { ComplianceItem } from "@/lib/credentials/compliance-types";
import { deadlinesOf, stageWords, type DeadlineStage } from "@/lib/credentials/deadlines";
import { buildCalendar, type CalendarEvent } from "@/lib/credentials/ical";
import { getRuleSets } from "@/lib/credentials/rule-set-queries";
import { isoOf } from "@/lib/dates";

// A private, revocable calendar address per user: whoever has the address can read the deadlines (calendar apps
// cannot sign in), so the token is long and random, and making a new one (or stopping) kills the old address.

export async function getFeedToken(userId: string): Promise<string | null> {
  return (await db.calendarFeed.findUnique({ where: { userId }, select: { token: true } }))?.token ?? null;
}

export async function rotateFeedToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.calendarFeed.upsert({
    where: { userId },
    create: { userId, token },
    update: { token, createdAt: new Date() },
  });
  return token;
}

export async function revokeFeed(userId: string): Promise<void> {
  await db.calendarFeed.deleteMany({ where: { userId } });
}

const uid = (userId: string, parts: string[]) =>
  `${createHash("sha256")
    .update([userId, ...parts].join("|"))
    .digest("hex")
    .slice(0, 32)}@him-pathways`;

/** The calendar for a feed token, or null for an unknown (or revoked) token. */
export async function calendarForToken(token: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({ where: { token }, select: { userId: true } });
  if (!feed) return null;
  const [{ items }, ruleSets] = await Promise.all([getCompliance(feed.userId, { asOf: isoOf(now) }), getRuleSets()]);
  const events: CalendarEvent[] = [];
  for (const item of items) {
    const who = `${item.credentials.join(", ")} (${item.body})`;
    const rules = ruleSets.find((r) => r.key === item.ruleSet?.key)?.rules;
    for (const d of deadlinesOf(item, rules)) {
      events.push({
        // One event per cycle and stage: a calendar updates it in place as the figures change.
        uid: uid(feed.userId, [item.body, item.credentials.join("+"), item.cycleStart, d.stage]),
        date: d.date,
        summary: `${stageWords[d.stage]}: ${who}`,
        description: describe(item, d.stage, rules?.submissionWindowDaysBeforeDue),
        ...(d.stage === "due" ? { remindDaysBefore: 30 } : {}),
      });
    }
  }
  return buildCalendar(events, { name: "HIM Pathways: credential deadlines", stamp: now });
}

const owedSentence = (item: ComplianceItem) =>
  item.remaining > 0 ? `${item.remaining} of ${item.required} CEUs still owed.` : `All ${item.required} CEUs logged.`;

function describe(item: ComplianceItem, stage: DeadlineStage, windowDays: number | undefined): string {
  if (stage === "window_opens")
    return `${item.body} accepts CEU submissions from ${windowDays} days before the due date (${item.dueDate}).`;
  return `${owedSentence(item)} ${item.explanation}`;
}
