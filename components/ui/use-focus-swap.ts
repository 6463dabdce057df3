"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * For a control that opens a question in place: when it opens, focus moves into the question (`inside`); when it
 * closes, focus goes back to the control that opened it (`opener`), so keyboard and screen-reader users never
 * lose their place.
 */
export function useFocusSwap(
  open: boolean,
  inside: RefObject<HTMLElement | null>,
  opener: RefObject<HTMLElement | null>,
) {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) inside.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open, inside, opener]);
}
