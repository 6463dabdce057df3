"use client";

import { useEffect, useState } from "react";
import {
  assumptionsToQuery,
  fieldsFromAssumptions,
  parseAssumptionFields,
  type AssumptionFields,
} from "@/lib/salary/form";
import type { AssumptionsInput } from "@/lib/salary/validation";

// One empty list for every caller that keeps nothing: a fresh [] per render would re-run the address effect.
const KEEP_NOTHING: [string, string][] = [];

/**
 * The assumptions form's state. Invalid input keeps the last valid assumptions (the charts do not change) and
 * reports the field errors; valid input is mirrored into the address bar, so a reload or a shared link keeps it.
 */
export function useAssumptions(
  initial: AssumptionsInput,
  defaults: AssumptionsInput,
  keep: [string, string][] = KEEP_NOTHING,
) {
  // Each keystroke is parsed once, here; the last valid value is what the charts draw.
  const [state, setState] = useState(() => {
    const fields = fieldsFromAssumptions(initial);
    return { fields, parsed: parseAssumptionFields(fields), applied: initial };
  });
  const { parsed } = state;

  const setFields = (fields: AssumptionFields) => {
    const next = parseAssumptionFields(fields);
    setState((s) => ({ fields, parsed: next, applied: next.ok ? next.value : s.applied }));
  };

  useEffect(() => {
    if (!parsed.ok) return;
    const kept = new URLSearchParams(keep).toString();
    // A salary equal to the default (the profile's, or none) stays out of the address.
    const value =
      (parsed.value.currentSalary ?? null) === (defaults.currentSalary ?? null)
        ? { ...parsed.value, currentSalary: undefined }
        : parsed.value;
    const q = [kept, assumptionsToQuery(value)].filter(Boolean).join("&");
    const url = `${window.location.pathname}${q ? `?${q}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
  }, [parsed, keep, defaults]);

  return {
    applied: state.applied,
    /** What the assumptions form takes: the fields, their errors, and what to do on a change or a reset. */
    form: {
      fields: state.fields,
      errors: parsed.ok ? {} : parsed.errors,
      onChange: setFields,
      onReset: () => setFields(fieldsFromAssumptions(defaults)),
    },
  };
}
