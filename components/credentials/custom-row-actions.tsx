"use client";

import { CustomForm, type CustomRecord } from "@/components/credentials/custom-form";
import { RecordActions } from "@/components/credentials/record-actions";
import { removeCustomAction } from "@/lib/credentials/actions";

/** Edit or delete a credential with the person's own rules. */
export function CustomRowActions({ custom, today }: { custom: CustomRecord; today: string }) {
  return (
    <RecordActions
      name={custom.name}
      what={`${custom.name} from your record (your CEU entries stay)`}
      remove={() => removeCustomAction({ id: custom.id })}
      editForm={(done) => <CustomForm initial={custom} today={today} onDone={done} />}
    />
  );
}
