import { listCredentials } from "@/lib/credentials/queries";
import { apiRoute, json, noParams } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(noParams, async () => json({ credentials: await listCredentials() }));
