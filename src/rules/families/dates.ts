import { projectSchema } from '../../schema/compile.js';

type Json = Record<string, unknown>;

/** The dates project.yaml knows (`dates:` keys), with their titles: the names families refer to. */
export function dateTitles(): Record<string, string> {
  const props = ((projectSchema().properties as Json).dates as Json).properties as Record<string, Json>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, String(v.title ?? k).replace(/日期$/, '')]));
}

/** JSON Schema of an option that names a date of project.yaml. */
export const dateKeySchema = (): Json => ({ enum: Object.keys(dateTitles()) });
