// The shape of one pair given to `validate`: `{"id","ko","en"}`, other fields allowed and kept.
import { z } from 'zod';

export const PairInputSchema = z.looseObject({
  /** A number id is read as its string. */
  id: z.union([z.string(), z.number()]).transform(String),
  ko: z.string(),
  en: z.string(),
  doc: z.string().optional(),
  link: z.string().optional(),
});
