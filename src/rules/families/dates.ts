import { projectSchema } from '../../schema/compile.js';

type Json = Record<string, unknown>;

let titles: Record<string, string> | null = null;

/** The dates project.yaml knows (`dates:` keys), with their titles: the names families refer to. */
export function dateTitles(): Record<string, string> {
  if (titles) return titles;
  const props = ((projectSchema().properties as Json).dates as Json).properties as Record<string, Json>;
  titles = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, String(v.title ?? k).replace(/日期$/, '')]));
  return titles;
}

/** JSON Schema of an option that names a date of project.yaml. */
export const dateKeySchema = (): Json => ({ enum: Object.keys(dateTitles()) });
