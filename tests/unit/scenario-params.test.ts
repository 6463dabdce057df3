import { describe, expect, it } from "vitest";
import { zodIssues } from "@/lib/errors";
import { readWhatIfSearch, whatIfFieldErrors, whatIfHref, whatIfPath } from "@/lib/salary/scenario-params";
import { whatIfRequestSchema } from "@/lib/salary/validation";

// The what-if page's address in and out: read leniently, judged by the API's own schema, and its messages put
// beside the field each is about.

const today = "2026-12-01";
const errorsFor = (search: Record<string, string | string[]>) => {
  const { request } = readWhatIfSearch(search, today);
  const parsed = whatIfRequestSchema.safeParse(request);
  return parsed.success ? {} : whatIfFieldErrors(zodIssues(parsed.error));
};

describe("reading the what-if's address", () => {
  it("asks nothing until a credential is added or dropped, and fills the defaults", () => {
    expect(readWhatIfSearch({}, today)).toEqual({
      choice: { add: "", on: "2027-06-01", remove: [], years: "5" },
      request: null,
    });
    expect(readWhatIfSearch({ years: "3" }, today).request).toBeNull();
  });

  it("reads a link's choice as the API's request", () => {
    const { choice, request } = readWhatIfSearch(
      { add: " cic ", on: "2027-03-01", remove: ["cpb", "CPB", ""], years: "7", utm: "x" },
      today,
    );
    expect(choice).toEqual({ add: "CIC", on: "2027-03-01", remove: ["CPB"], years: "7" });
    expect(request).toEqual({ add: [{ code: "CIC", on: "2027-03-01" }], remove: ["CPB"], years: 7 });
    expect(whatIfRequestSchema.safeParse(request).success).toBe(true);
    expect(readWhatIfSearch({ remove: "CPB" }, today).request).toEqual({ add: [], remove: ["CPB"], years: 5 });
  });

  it("puts the schema's message beside the field it is about", () => {
    expect(errorsFor({ add: "CIC", years: "11" })).toEqual({ years: "Must be at most 10." });
    expect(errorsFor({ add: "CIC", years: "abc" })).toEqual({ years: "Must be a whole number from 1 to 10." });
    expect(errorsFor({ add: "CIC", on: "2027-02-30" })).toEqual({ on: "This is not a real date." });
    expect(errorsFor({ add: "not a code!" })).toEqual({ add: "Must be a credential code such as CPC or CCS-P." });
    expect(errorsFor({ remove: "?" })).toEqual({ remove: "Must be a credential code such as CPC or CCS-P." });
  });

  it("takes the service's own issues the same way", () => {
    expect(
      whatIfFieldErrors([
        { path: "add.0.code", message: "CPC is already held; nothing to add." },
        { path: "remove.1", message: "CRC is not among the credentials held, so it cannot be removed." },
        { path: "body", message: "Something about the whole request" },
      ]),
    ).toEqual({
      add: "CPC is already held; nothing to add.",
      remove: "CRC is not among the credentials held, so it cannot be removed.",
      form: "Something about the whole request.",
    });
  });
});

describe("links to the what-if", () => {
  it("carries only the fields the page knows", () => {
    expect(whatIfPath({ add: "CIC", remove: ["CPB", "CRC"], years: "3", next: "//evil.example" })).toBe(
      "/what-if?add=CIC&remove=CPB&remove=CRC&years=3",
    );
    expect(whatIfPath({})).toBe("/what-if");
    expect(whatIfHref("CCS-P")).toBe("/what-if?add=CCS-P");
    expect(whatIfHref("CIC", "2027-06-01")).toBe("/what-if?add=CIC&on=2027-06-01");
  });
});
