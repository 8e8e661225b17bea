import type { Minutes, Task } from "../../model/minutes.js";
import { fingerprint, slugify } from "../../util/strings.js";

/**
 * Who wrote an export, recorded in each component as X-MD-MINUTES-PRODUCER: the note's own
 * front-matter `id:` when it has one, else its path relative to the repository root. Both name
 * one note for ever, where a title and a date do not (two stand-ups of one day share them).
 * Without either (standard input, or a caller that passes neither) only the title and date are
 * left, and such a producer is not unique: a sync never deletes on its word (see `isUniqueProducer`).
 */
export function noteProducer(
  minutes: Pick<Minutes, "title" | "date">,
  noteId: string | null,
  notePath: string | null,
): string {
  if (noteId) return `id:${noteId}`;
  if (notePath) return `path:${notePath.replaceAll("\\", "/").replace(/^(?:\.\/)+/, "")}`;
  return `title:${minutes.title ?? ""}@${minutes.date ?? ""}`;
}

/**
 * Whether a producer names one note only (an id or a path), or one series (`md-minutes track`),
 * so that its files may be deleted.
 */
export function isUniqueProducer(producer: string): boolean {
  return (
    producer.startsWith("id:") || producer.startsWith("path:") || producer.startsWith("series:")
  );
}

/** 64 bits from two FNV-1a passes, so notes of one person's vdir do not collide in practice. */
export function noteKey(producer: string): string {
  return `${fingerprint(producer)}${fingerprint(`\u0001${producer}`)}`;
}

/**
 * RFC 5545 §3.8.4.7 wants UIDs globally unique and persistent. The note key makes them unique
 * across notes; the task part is the block id the author wrote (so rewording keeps it) or the
 * model's text-derived id. Only filename-safe characters, since a vdir names files after UIDs.
 */
export function taskUid(key: string, task: Pick<Task, "id" | "blockId">): string {
  const part = task.blockId ? `block-${safe(task.blockId)}` : safe(task.id);
  return `md-minutes-${key}-${part}`;
}

export function meetingUid(key: string): string {
  return `md-minutes-${key}-meeting`;
}

export function nextMeetingUid(key: string): string {
  return `md-minutes-${key}-next-meeting`;
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || slugify(text) || "task";
}
