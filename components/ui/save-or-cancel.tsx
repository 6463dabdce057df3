import { Button } from "@/components/ui/button";

/** A form's submit button ("Saving…" while pending) and, when editing in place, a Cancel beside it. */
export function SaveOrCancel({ pending, label, onCancel }: { pending: boolean; label: string; onCancel?: () => void }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </Button>
      {onCancel ? (
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
