import type { Schemas } from '@/lib/api/client';

/**
 * "Xã A Vao", "Huyện Tây Giang": the recipient's kind (from the catalogue, so a "thị trấn" reads
 * right) before its name, capitalised as at the start of a table cell.
 */
export function recipientLabel(recipient: Schemas['RecipientRef'] | undefined): string {
  if (!recipient?.name) {
    return '';
  }
  const kind = recipient.kindLabel?.trim();
  if (!kind) {
    return recipient.name;
  }
  return `${kind.charAt(0).toLocaleUpperCase('vi')}${kind.slice(1)} ${recipient.name}`;
}
