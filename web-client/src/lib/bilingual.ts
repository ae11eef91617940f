/**
 * The API writes its messages as "Vietnamese / English". Show the half in the interface language;
 * a message that is not in that shape is shown whole.
 */
export function pickLanguage(text: string | undefined, language: string): string {
  if (!text) {
    return '';
  }
  const parts = text.split(' / ');
  if (parts.length !== 2) {
    return text;
  }
  const [vietnamese = text, english = text] = parts;
  return (language === 'en' ? english : vietnamese).trim();
}
