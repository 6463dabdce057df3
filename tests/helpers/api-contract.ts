import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { openApiDocument } from "@/lib/api-doc/document";

// Checks an answer against the OpenAPI document (GET /api/v1/openapi.json): its status must be described for the
// operation, and a JSON answer must match the described schema (JSON Schema 2020-12, checked with ajv). The API
// tests call routes through tests/helpers/call-route.ts, which runs every answer through here.

type Json = Record<string, unknown>;
const doc = openApiDocument() as { paths: Record<string, Record<string, Json>>; components: Json };
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: "doc", components: doc.components }, "doc");
const compiled = new Map<string, ValidateFunction>();

/** The OpenAPI path of a route key: "GET /api/v1/me/ceus/[id]" → ["get", "/api/v1/me/ceus/{id}"]. */
export function operationOf(routeKey: string): [string, string] {
  const [method, url] = routeKey.split(" ") as [string, string];
  return [method.toLowerCase(), url.replace(/\[([^\]]+)\]/g, "{$1}")];
}

function validator(key: string, schema: Json): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    // The Error component is referenced as #/components/…: resolve it inside the document's schema resource.
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/');
    v = ajv.compile(JSON.parse(text) as Json);
    compiled.set(key, v);
  }
  return v;
}

/** Throws (failing the test) when the answer is not the one described for this route and status. */
export function checkAnswer(routeKey: string, status: number, contentType: string | null, body: unknown): void {
  // The catch-all answering 404 for unknown API paths, and the reference page (/api/docs), are not the API.
  if (routeKey.includes("[...") || !routeKey.includes(" /api/v1/")) return;
  const [method, path] = operationOf(routeKey);
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`${routeKey} is not described in the OpenAPI document (lib/api-doc/routes).`);
  const responses = op.responses as Record<string, { content?: Record<string, { schema?: Json }> }>;
  const described = responses[String(status)];
  if (!described) {
    throw new Error(
      `${routeKey} answered ${status}, which its OpenAPI entry does not describe: ${JSON.stringify(body)}`,
    );
  }
  const isJson = /^application\/json/.test(contentType ?? "");
  const jsonSchema = described.content?.["application/json"]?.schema;
  if (!jsonSchema) {
    if (isJson) throw new Error(`${routeKey} ${status} answered JSON, but its entry describes no JSON answer.`);
    return;
  }
  if (!isJson) throw new Error(`${routeKey} ${status} should answer JSON, but sent ${contentType ?? "no body"}.`);
  const validate = validator(`${method} ${path} ${status}`, jsonSchema);
  if (!validate(body)) {
    const errors = (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
    );
    throw new Error(`${routeKey} ${status} does not match its OpenAPI schema:\n${errors.slice(0, 8).join("\n")}`);
  }
}
