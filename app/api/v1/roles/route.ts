import { apiRoute, json, noParams } from "@/lib/http/api";
import { listRoles } from "@/lib/ladder/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(noParams, async () => json({ roles: await listRoles() }));
