import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** Chooses a format in the Export menu and returns the downloaded file's name, bytes and path. */
export async function exportDownload(page: Page, testId: string) {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path), path };
}
