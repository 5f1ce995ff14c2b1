"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { submitRequest, type SubmitRequestResult } from "@/lib/requests/actions";

type Duplicate = Extract<SubmitRequestResult, { kind: "duplicate" }>;

/**
 * Sends a request form to the server action. Field errors from the server land on their fields (the
 * same keys as the client's zod messages); a duplicate open request is pointed out before anything
 * is filed, and "file anyway" resends with confirmDuplicate.
 */
export function useRequestSubmit<T extends FieldValues>(form: UseFormReturn<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string>();
  const [retryAfterMinutes, setRetryAfterMinutes] = useState<number>();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);

  const send = (values: T) =>
    startTransition(async () => {
      setFormError(undefined);
      const res = await submitRequest(values);
      if (!res.ok) {
        for (const [path, messages] of Object.entries(res.fieldErrors ?? {})) {
          form.setError((path === "_form" ? "root" : path) as Path<T>, { type: "server", message: messages[0] });
        }
        if (res.code !== "invalid_input" || !res.fieldErrors) setFormError(res.code);
        setRetryAfterMinutes(res.retryAfterMinutes);
        return;
      }
      if (res.data.kind === "duplicate") {
        setDuplicate(res.data);
        return;
      }
      router.push(`/my/requests/${res.data.id}?filed=1&bans=${res.data.bansSet}&consents=${res.data.consentsWithdrawn}`);
    });

  const onSubmit = form.handleSubmit(send);
  const fileAnyway = () => {
    setDuplicate(null);
    void form.handleSubmit((values) => send({ ...values, confirmDuplicate: true }))();
  };
  return { onSubmit, pending, formError, retryAfterMinutes, duplicate, dismissDuplicate: () => setDuplicate(null), fileAnyway };
}
