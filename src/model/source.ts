import { z } from "zod";

/** A point in the note, as unist positions count it: 1-based line and column, 0-based offset. */
export const pointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

export const sourceSchema = z.object({
  start: pointSchema,
  end: pointSchema,
});

export type Point = z.infer<typeof pointSchema>;
export type Source = z.infer<typeof sourceSchema>;
