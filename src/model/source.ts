import { z } from "zod";

/** A point in the note, as unist positions count it: 1-based line and column, 0-based offset. */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/**
 * Where an item was read: its list item, table row or line; for work or a decision read from one
 * sentence of a paragraph, from that sentence's first word to the end of the paragraph's item.
 */
export const sourceSchema = z.object({
  start: pointSchema,
  end: pointSchema,
});

export type Point = z.infer<typeof pointSchema>;
export type Source = z.infer<typeof sourceSchema>;
