import { andList } from "@/lib/format";
import { bandSource } from "@/lib/salary/labels";
import type { PayBand } from "@/lib/salary/types";

// Two roles drawn from one published figure (HIM Manager and Director of Health Information both from BLS 11-9111)
// look like two agreeing sources on a chart. They are one occupation's pay under two titles, so every view that
// shows both says so. Pure.

export type SharedFigure = {
  figureKey: string;
  /** The roles' titles, in the order given. */
  roles: string[];
  band: Pick<PayBand, "figureKey" | "population" | "source" | "year" | "yearRead">;
};

type Chosen = { title: string; band: SharedFigure["band"] | null };

/** Figures that stand for more than one role, in the order each is first met; a person's own figures never count. */
export function sharedFigures(chosen: Chosen[]): SharedFigure[] {
  const byKey = new Map<string, SharedFigure>();
  for (const { title, band } of chosen) {
    if (!band || band.figureKey === "own") continue;
    const group = byKey.get(band.figureKey) ?? { figureKey: band.figureKey, roles: [], band };
    if (!group.roles.includes(title)) group.roles.push(title);
    byKey.set(band.figureKey, group);
  }
  return [...byKey.values()].filter((g) => g.roles.length > 1);
}

const counted = ["", "one", "two", "three", "four", "five", "six"];

/** The sentence that goes with a shared figure, naming who it describes and where it comes from. */
export function sharedFigureNote(s: SharedFigure): string {
  const n = counted[s.roles.length] ?? String(s.roles.length);
  return (
    `${andList(s.roles)} are shown with the same figure (${s.band.population}; ${bandSource(s.band)}): ` +
    `one figure, not ${n} pieces of evidence.`
  );
}
