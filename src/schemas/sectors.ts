import { z } from 'zod';

/** One sector an organisation can choose on the offer form (`content/sectoren.yaml`). */
export const sectorSchema = z.strictObject({
  /** Stable code sent by the form; lowercase letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet bestaan uit kleine letters, cijfers en streepjes'),
  /** Name shown on the form and in the e-mails. */
  naam: z.string().trim().min(2, 'moet minstens 2 tekens lang zijn').max(80, 'mag hoogstens 80 tekens lang zijn'),
});

/** The whole sector list: at least one sector, every id unique. */
export const sectorListSchema = z
  .array(sectorSchema)
  .min(1, 'moet minstens één sector bevatten')
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'elke id mag maar één keer voorkomen');

export type Sector = z.infer<typeof sectorSchema>;
