/**
 * Copies text for the person: the async clipboard where the page allows it, else the panel's
 * own hidden field with execCommand (plain-http pages have no async clipboard). Never touches
 * a page control.
 */
export async function copyText(text: string, ownField: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!ownField) return false;
    // eslint-disable-next-line exit-guide/no-page-actions -- ownField is the panel's hidden <textarea> (WordToType, ReportView), never a page control
    ownField.value = text;
    ownField.select();
    try {
      return document.execCommand('copy');
    } finally {
      ownField.blur();
    }
  }
}
