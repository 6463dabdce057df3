"use client";

import { HeldForm, type HeldRecord } from "@/components/credentials/held-form";
import { RecordActions } from "@/components/credentials/record-actions";
import { removeHeldAction } from "@/lib/credentials/actions";

type Held = HeldRecord & { hasApprenticeStatus: boolean; name: string };

export function HeldRowActions({ held, today }: { held: Held; today: string }) {
  return (
    <RecordActions
      name={held.code}
      what={`${held.code} from your record (your CEU entries stay)`}
      remove={() => removeHeldAction({ id: held.id })}
      editForm={(done) => (
        <HeldForm
          options={[{ code: held.code, name: held.name, hasApprenticeStatus: held.hasApprenticeStatus }]}
          initial={held}
          today={today}
          onDone={done}
        />
      )}
    />
  );
}
