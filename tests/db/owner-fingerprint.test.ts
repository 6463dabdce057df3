import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fingerprint, ownerFixture } from "../helpers/owner-fixture";

// The authorization matrices and the fuzzer prove "a refused request changed nothing" by this fingerprint, so it
// must move when any part of the owner's data does, and only then.
describe("the owner's fingerprint", () => {
  it("is stable, and moves when a draft, a token, a share or the account changes", async () => {
    const o = await ownerFixture();
    const first = await fingerprint(o.id);
    expect(await fingerprint(o.id)).toBe(first);
    const changes = [
      () => db.ceuDraft.update({ where: { id: o.draftId }, data: { fields: {} } }),
      () => db.apiToken.updateMany({ where: { userId: o.id }, data: { name: "renamed" } }),
      () => db.planShare.updateMany({ where: { plan: { userId: o.id } }, data: { includeSalary: true } }),
      () => db.user.update({ where: { id: o.id }, data: { name: "Someone else" } }),
    ];
    let last = first;
    for (const change of changes) {
      await change();
      const now = await fingerprint(o.id);
      expect(now).not.toBe(last);
      last = now;
    }
  });
});
