/** Hands the browser a file to save, named `fileName`. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  downloadUrl(URL.createObjectURL(new Blob([text], { type: mimeType })), fileName, true);
}

/** Saves a data: or blob: URL as a file; a blob URL made for it is released afterwards. */
export function downloadUrl(url: string, fileName: string, revoke = false): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  if (revoke) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a scenario name: letters, digits and dashes, never empty. */
export function fileNameFor(name: string, extension: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${stem === '' ? 'tierscape' : stem}.${extension}`;
}

/** Largest file read for import: far beyond any real scenario or Zoo topology, small enough never to hang the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Reads a chosen file as text, refusing what is too large to be a scenario. */
export async function readChosenFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not read`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `${file.name} could not be read: ${(error as Error).message}` };
  }
}
