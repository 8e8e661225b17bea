import { z } from "zod";
import { minutesSchema } from "./minutes.js";
import { trackingSchema } from "./tracking.js";

/** The JSON Schema of the model, generated from the zod schema so the two cannot drift. */
export const minutesJsonSchema = z.toJSONSchema(minutesSchema, { target: "draft-2020-12" });

/** The JSON Schema of `trackMinutes`' result (`md-minutes track --format json`). */
export const trackingJsonSchema = z.toJSONSchema(trackingSchema, { target: "draft-2020-12" });
