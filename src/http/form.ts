/** Reading form posts: text fields as a payload, uploaded files as bytes. */
import type { Context } from 'hono';
import type { UploadFile } from '../services/intake.ts';

export interface FormData {
  fields: Record<string, string>;
  files: UploadFile[];
}

/** Parses urlencoded or multipart bodies; repeated fields keep the last value, files are collected. */
export async function readForm(c: Context): Promise<FormData> {
  const body = await c.req.parseBody({ all: true });
  const fields: Record<string, string> = {};
  const files: UploadFile[] = [];
  for (const [k, raw] of Object.entries(body)) {
    const list = Array.isArray(raw) ? raw : [raw];
    for (const v of list) {
      if (typeof v === 'string') fields[k] = v;
      else if (v && typeof v === 'object' && 'arrayBuffer' in v) {
        const f = v as File;
        if (f.size === 0 && !f.name) continue; // an empty file input
        files.push({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      }
    }
  }
  return { fields, files };
}
