"use client";

import { useEffect, useMemo, useState } from "react";
import { assumptionsToQuery, fieldsFromAssumptions, parseAssumptionFields, type AssumptionFields } from "@/lib/salary/form";
import type { AssumptionsInput } from "@/lib/salary/validation";

/**
 * The assumptions form's state. Invalid input keeps the last valid assumptions (the charts do not change) and
 * reports the field errors; valid input is mirrored into the address bar, so a reload or a shared link keeps it.
 */
export function useAssumptions(initial: AssumptionsInput, defaults: AssumptionsInput, keep: [string, string][] = []) {
  const [state, setState] = useState(() => ({ fields: fieldsFromAssumptions(initial), applied: initial }));
  const parsed = useMemo(() => parseAssumptionFields(state.fields), [state.fields]);

  const setFields = (fields: AssumptionFields) => {
    const next = parseAssumptionFields(fields);
    setState((s) => ({ fields, applied: next.ok ? next.value : s.applied }));
  };

  useEffect(() => {
    if (!parsed.ok) return;
    const kept = new URLSearchParams(keep).toString();
    // A salary equal to the default (the profile's, or none) stays out of the address.
    const value = (parsed.value.currentSalary ?? null) === (defaults.currentSalary ?? null) ? { ...parsed.value, currentSalary: undefined } : parsed.value;
    const q = [kept, assumptionsToQuery(value)].filter(Boolean).join("&");
    const url = `${window.location.pathname}${q ? `?${q}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
  }, [parsed, keep, defaults]);

  return {
    fields: state.fields,
    setFields,
    errors: parsed.ok ? {} : parsed.errors,
    applied: state.applied,
    reset: () => setFields(fieldsFromAssumptions(defaults)),
  };
}
