// Declarative input parsing for bodies and query strings that may come as JSON, form-encoded or
// multipart: strings are coerced ("true", "1", "42"), `key[]` arrays and nested objects are accepted,
// and every failure is a ValidationError (422) naming the field — never a 500.
import { BadRequestError, ValidationError } from "./errors.js";

export interface Field<T> {
  parse(value: unknown, name: string): T;
}

type Opt = { optional?: boolean };
type Out<F> = F extends Field<infer T> ? T : never;
export type Shape = Record<string, Field<unknown>>;
export type Parsed<S extends Shape> = { [K in keyof S]: Out<S[K]> };

function missing(value: unknown): boolean {
  return value === undefined || value === null;
}

function make<T>(fn: (value: unknown, name: string) => T): Field<T> {
  return { parse: fn };
}

function fail(name: string, message: string): never {
  throw new ValidationError(`${name} ${message}`, { field: name });
}

function scalar(value: unknown): unknown {
  // form and multipart may repeat a key; take the last value for scalar fields
  return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : value;
}

export const v = {
  string(opts: { max?: number; min?: number; trim?: boolean } & Opt = {}): Field<string | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value)) {
        if (opts.optional === false) fail(name, "is required");
        return undefined;
      }
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      if (typeof value !== "string") fail(name, "must be a string");
      const s = opts.trim ? value.trim() : value;
      if (opts.max !== undefined && s.length > opts.max) fail(name, `is too long (maximum is ${opts.max} characters)`);
      if (opts.min !== undefined && s.length < opts.min) fail(name, `is too short (minimum is ${opts.min} characters)`);
      return s;
    });
  },
  requiredString(opts: { max?: number; min?: number; trim?: boolean } = {}): Field<string> {
    const inner = v.string({ ...opts, optional: false });
    return make((raw, name) => {
      const s = inner.parse(raw, name);
      if (s === undefined) fail(name, "is required");
      return s;
    });
  },
  boolean(): Field<boolean | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "1" || value === 1 || value === "on") return true;
      if (value === "false" || value === "0" || value === 0 || value === "off") return false;
      fail(name, "must be a boolean");
    });
  },
  int(opts: { min?: number; max?: number } = {}): Field<number | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n)) fail(name, "must be an integer");
      if (opts.min !== undefined && n < opts.min) fail(name, `must be at least ${opts.min}`);
      if (opts.max !== undefined && n > opts.max) fail(name, `must be at most ${opts.max}`);
      return n;
    });
  },
  number(opts: { min?: number; max?: number } = {}): Field<number | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
      if (!Number.isFinite(n)) fail(name, "must be a number");
      if (opts.min !== undefined && n < opts.min) fail(name, `must be at least ${opts.min}`);
      if (opts.max !== undefined && n > opts.max) fail(name, `must be at most ${opts.max}`);
      return n;
    });
  },
  id(): Field<string | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      const s = typeof value === "number" ? String(value) : value;
      if (typeof s !== "string" || !/^[0-9A-Za-z_-]{1,64}$/.test(s)) fail(name, "is not a valid id");
      return s;
    });
  },
  oneOf<T extends string>(values: readonly T[]): Field<T | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      if (typeof value !== "string" || !(values as readonly string[]).includes(value)) {
        fail(name, `must be one of: ${values.join(", ")}`);
      }
      return value as T;
    });
  },
  date(): Field<Date | undefined> {
    return make((raw, name) => {
      const value = scalar(raw);
      if (missing(value) || value === "") return undefined;
      if (typeof value !== "string" && typeof value !== "number") fail(name, "must be a date");
      const d = new Date(value);
      if (Number.isNaN(d.getTime())) fail(name, "must be an ISO 8601 date");
      return d;
    });
  },
  array<T>(item: Field<T>, opts: { max?: number } = {}): Field<Exclude<T, undefined>[] | undefined> {
    return make((raw, name) => {
      if (missing(raw) || raw === "") return undefined;
      let list: unknown[];
      if (Array.isArray(raw)) list = raw;
      else if (typeof raw === "object") list = Object.values(raw as object); // {0: a, 1: b} from forms
      else list = [raw];
      if (opts.max !== undefined && list.length > opts.max) fail(name, `must have at most ${opts.max} items`);
      const out: Exclude<T, undefined>[] = [];
      list.forEach((x, i) => {
        const parsed = item.parse(x, `${name}[${i}]`);
        if (parsed !== undefined) out.push(parsed as Exclude<T, undefined>);
      });
      return out;
    });
  },
  object<S extends Shape>(shape: S): Field<Parsed<S> | undefined> {
    return make((raw, name) => {
      if (missing(raw) || raw === "") return undefined;
      if (typeof raw !== "object" || Array.isArray(raw)) fail(name, "must be an object");
      return parseShape(shape, raw as Record<string, unknown>, name);
    });
  },
  /** Any JSON value, kept as-is (for free-form settings). */
  any(): Field<unknown> {
    return make((raw) => raw);
  },
};

function parseShape<S extends Shape>(shape: S, input: Record<string, unknown>, prefix?: string): Parsed<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const field = shape[key];
    // accept both `key` and `key[]` (form encodings of arrays)
    const value = input[key] !== undefined ? input[key] : input[`${key}[]`];
    out[key] = field.parse(value, prefix ? `${prefix}[${key}]` : key);
  }
  return out as Parsed<S>;
}

/** Parse a request body or query object against a shape. */
export function parse<S extends Shape>(shape: S, input: unknown): Parsed<S> {
  if (input === undefined || input === null) input = {};
  if (typeof input !== "object" || Array.isArray(input)) throw new BadRequestError("Request body must be an object");
  return parseShape(shape, input as Record<string, unknown>);
}

/** Page parameters shared by every paginated list. */
export const pageShape = {
  max_id: v.id(),
  since_id: v.id(),
  min_id: v.id(),
  limit: v.int({ min: 1 }),
};
