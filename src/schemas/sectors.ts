import { z } from 'zod';
import { idField, textField, uniqueList } from './fields';

/** One sector an organisation can choose on the offer form (`content/sectoren.yaml`). */
export const sectorSchema = z.strictObject({
  /** Stable code sent by the form; lowercase letters, digits and dashes. */
  id: idField(),
  /** Name shown on the form and in the e-mails. */
  naam: textField(2, 80),
});

/** The sector list: at least one, every id unique. */
export const sectorListSchema = uniqueList(sectorSchema);

/** The whole file `content/sectoren.yaml`: one list under `sectoren:` (the editor saves a file as an object). */
export const sectorsFileSchema = z.strictObject({
  /** The sectors, in the order of the form. */
  sectoren: sectorListSchema,
});

export type Sector = z.infer<typeof sectorSchema>;
