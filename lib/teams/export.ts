import "server-only";
import { listAccessLog } from "@/lib/teams/access-log";
import { listMyTeams } from "@/lib/teams/service";

// The person's part of teams, for "download all my data": the teams they are in, their role, what they share,
// and the access log about them. Other members' data is not theirs and stays out.
export async function exportTeams(userId: string) {
  const [teams, accessLog] = await Promise.all([listMyTeams(userId), listAccessLog(userId)]);
  return { teams: teams.map(({ id, name, role, share }) => ({ id, name, role, share })), accessLog };
}
