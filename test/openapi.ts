// Validates response bodies against Mastodon's OpenAPI description (../shared/mastodon-openapi/schema.json)
// when that file is present; otherwise validation is skipped and says so.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.resolve(here, "../../shared/mastodon-openapi/schema.json");
export const schemaAvailable = fs.existsSync(SCHEMA_PATH);

let ajv: any = null;
const compiled = new Map<string, any>();

function instance() {
  if (ajv) return ajv;
  const doc = JSON.parse(fs.readFileSync(SCHEMA_PATH, "utf8"));
  const AjvCtor = (Ajv2020 as any).default ?? Ajv2020;
  ajv = new AjvCtor({ strict: false, allErrors: true, validateFormats: true });
  ((addFormats as any).default ?? addFormats)(ajv);
  ajv.addFormat("iso-639-1", /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/);
  ajv.addSchema({ $id: "mastodon", components: doc.components });
  return ajv;
}

/** Returns the list of schema errors ([] when valid or when the schema file is absent). */
export function schemaErrors(entity: string, value: unknown): string[] {
  if (!schemaAvailable) return [];
  const a = instance();
  let validate = compiled.get(entity);
  if (!validate) {
    validate = a.compile({ $ref: `mastodon#/components/schemas/${entity}` });
    compiled.set(entity, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: any) => `${entity}${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
}
