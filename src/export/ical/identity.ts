import type { Minutes, Task } from "../../model/minutes.js";
import { fingerprint, slugify } from "../../parse/text.js";

/**
 * Who a note is, for UIDs: its title and date. A path only when the note has neither, and then
 * the one relative to the repository, never an absolute one, since checkouts move.
 */
export function noteIdentity(
  minutes: Pick<Minutes, "title" | "date">,
  notePath: string | null,
): string {
  if (minutes.title || minutes.date) return `${minutes.title ?? ""}\u0000${minutes.date ?? ""}`;
  if (notePath) return `path:${notePath.replaceAll("\\", "/").replace(/^(?:\.\/)+/, "")}`;
  return "untitled";
}

/** 64 bits from two FNV-1a passes, so notes of one person's vdir do not collide in practice. */
export function noteKey(identity: string): string {
  return `${fingerprint(identity)}${fingerprint(`\u0001${identity}`)}`;
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
