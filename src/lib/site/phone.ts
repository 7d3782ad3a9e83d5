/** The `tel:` address of a phone number as people write it: "020 123 45 67" becomes "tel:0201234567". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
