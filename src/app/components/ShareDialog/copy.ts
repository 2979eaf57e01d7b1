/**
 * Copies text with the asynchronous clipboard API. False when that is missing (an http page that is not
 * localhost) or refused (an iframe without clipboard-write permission): the caller then selects the text
 * so the reader can copy it with the keyboard.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
