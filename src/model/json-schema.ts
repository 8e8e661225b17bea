import { z } from "zod";
import { minutesSchema } from "./minutes.js";

/** The JSON Schema of the model, generated from the zod schema so the two cannot drift. */
export const minutesJsonSchema = z.toJSONSchema(minutesSchema, { target: "draft-2020-12" });
