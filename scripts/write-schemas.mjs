// Writes the JSON Schemas generated from the zod schemas next to the build, for editors and validators.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { minutesJsonSchema, configJsonSchema, trackingJsonSchema } = require("../dist/index.js");
writeFileSync(
  new URL("../dist/minutes.schema.json", import.meta.url),
  `${JSON.stringify(minutesJsonSchema, null, 2)}\n`,
);
writeFileSync(
  new URL("../dist/config.schema.json", import.meta.url),
  `${JSON.stringify(configJsonSchema, null, 2)}\n`,
);
writeFileSync(
  new URL("../dist/tracking.schema.json", import.meta.url),
  `${JSON.stringify(trackingJsonSchema, null, 2)}\n`,
);
