import { compliance } from "@/lib/credentials/compliance";
import type { EntryInput, HeldInput } from "@/lib/credentials/compliance-types";
import credentialsJson from "@/prisma/data/credentials.json";
import { shippedRuleSets } from "./rule-sets";

// Inputs for the compliance engine's unit tests: held credentials and CEU entries with only what a case needs, and
// the shipped rule sets (the real data, not a copy).

export const sets = shippedRuleSets();

const catalog = new Map<string, { body: string; replaces?: string[] }>(
  credentialsJson.credentials.map((c) => [c.code, c]),
);

export const held = (code: string, earnedOn: string, extra: Partial<HeldInput> = {}): HeldInput => ({
  code,
  body: catalog.get(code)?.body ?? "UNKNOWN",
  earnedOn,
  cycleStart: null,
  cycleEnd: null,
  ceuRequired: null,
  replaces: catalog.get(code)?.replaces ?? [],
  ...extra,
});

let n = 0;
export const entry = (date: string, ceus: number, extra: Partial<EntryInput> = {}): EntryInput => ({
  id: `e${++n}`,
  title: "Course",
  date,
  ceus,
  topics: [],
  hiimDomain: false,
  source: "other",
  externalBody: false,
  appliesTo: [],
  ...extra,
});

export const current = (items: ReturnType<typeof compliance>, body: string) =>
  items.find((i) => i.body === body && i.cycle === "current")!;

export const previous = (items: ReturnType<typeof compliance>, body: string) =>
  items.find((i) => i.body === body && i.cycle === "previous");
