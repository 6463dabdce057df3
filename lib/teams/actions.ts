"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction } from "@/lib/actions/form-action";
import { userAction } from "@/lib/actions/json-action";
import { acceptInvite, createInvite } from "@/lib/teams/invites";
import { putPolicy } from "@/lib/teams/policy-store";
import { createPosition, deletePosition, updateMember } from "@/lib/teams/positions";
import { createTeam, deleteTeam, leaveTeam, setMyShare, updateTeam } from "@/lib/teams/service";
import { parseRequiresText, shareFromForm } from "@/lib/teams/form-schemas";

// The teams pages' doors onto lib/teams: the same functions the JSON API calls, behind the session check.

const id = z.string().max(64);
const teamPage = (teamId: string) => revalidatePath(`/teams/${teamId}`);

export const createTeamAction = userFormAction(z.object({ name: z.string() }), async (input, user) => {
  const { id: teamId } = await createTeam(user.id, input);
  revalidatePath("/teams");
  return { ok: true, message: `Team created. Open it to invite people: /teams/${teamId}` };
});

export const acceptInviteAction = userFormAction(
  z.object({ token: z.string().max(100) }).passthrough(),
  async (input, user) => {
    const { teamId } = await acceptInvite(user.id, input.token, { share: shareFromForm(input) });
    revalidatePath("/teams");
    return { ok: true, message: `You joined the team: /teams/${teamId}` };
  },
);

export const setShareAction = userFormAction(z.object({ teamId: id }).passthrough(), async (input, user) => {
  const { share } = await setMyShare(user.id, input.teamId, { share: shareFromForm(input) });
  teamPage(input.teamId);
  return { ok: true, message: share.length ? `Now sharing: ${share.join(", ")}.` : "You now share nothing." };
});

export const leaveTeamAction = userAction(z.object({ teamId: id }), async ({ teamId }, user) => {
  await leaveTeam(user.id, teamId);
  revalidatePath("/teams");
  return { left: true };
});

export const createInviteAction = userAction(
  z.object({ teamId: id, role: z.string(), email: z.string().optional(), position: z.string().optional() }),
  async ({ teamId, email, position, ...rest }, user) => {
    const invite = await createInvite(user.id, teamId, {
      ...rest,
      ...(email?.trim() ? { email: email.trim() } : {}),
      ...(position ? { position } : {}),
    });
    teamPage(teamId);
    return invite;
  },
);

export const createPositionAction = userFormAction(
  z.object({ teamId: id, name: z.string(), requires: z.string() }),
  async ({ teamId, name, requires }, user) => {
    await createPosition(user.id, teamId, { name, requires: parseRequiresText(requires) });
    teamPage(teamId);
    return { ok: true, message: `Position "${name.trim()}" added.` };
  },
);

export const deletePositionAction = userAction(z.object({ teamId: id, positionId: id }), async (v, user) => {
  await deletePosition(user.id, v.teamId, v.positionId);
  teamPage(v.teamId);
  return { deleted: true };
});

export const assignPositionAction = userAction(
  z.object({ teamId: id, memberId: id, position: id.nullable() }),
  async ({ teamId, memberId, position }, user) => {
    const member = await updateMember(user.id, teamId, memberId, { position });
    teamPage(teamId);
    return member;
  },
);

export const setPolicyAction = userFormAction(z.object({ teamId: id }).passthrough(), async (input, user) => {
  const num = (k: string) => (typeof input[k] === "string" && input[k] !== "" ? Number(input[k]) : null);
  const policy = await putPolicy(user.id, input.teamId, {
    hoursPerYear: num("hoursPerYear"),
    topic: input.topic ? input.topic : null,
    topicHours: num("topicHours"),
    newHireDays: num("newHireDays"),
    newHireHours: num("newHireHours"),
  });
  teamPage(input.teamId);
  return { ok: true, message: policy ? "Education policy saved." : "Education policy removed." };
});

/** The form names each address `verify:<body code>`; an empty one removes that body's page. */
export const setVerifyLinksAction = userFormAction(z.object({ teamId: id }).passthrough(), async (input, user) => {
  const links = Object.fromEntries(
    Object.entries(input)
      .filter(([k, v]) => k.startsWith("verify:") && typeof v === "string")
      .map(([k, v]) => [k.slice("verify:".length), String(v).trim()]),
  );
  const team = await updateTeam(user.id, input.teamId, { verifyLinks: links });
  teamPage(input.teamId);
  const n = Object.keys(team.verifyLinks).length;
  return { ok: true, message: n ? `Verification pages saved (${n}).` : "No verification pages set." };
});

export const deleteTeamAction = userAction(z.object({ teamId: id }), async ({ teamId }, user) => {
  await deleteTeam(user.id, teamId);
  revalidatePath("/teams");
  return { deleted: true };
});
