// @vitest-environment happy-dom
import { exportFormats } from '@orgwise/formats';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadExport } from './download-export.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Catches what the browser would save: the object URL's blob and the link clicked. */
function catchDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:file';
  });
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
  return { blobs, clicked };
}

const day = new Date(2025, 5, 30);

describe('downloadExport', () => {
  it('saves text as UTF-8 under the one naming scheme', async () => {
    const { blobs, clicked } = catchDownloads();
    const json = exportFormats('chart').find((format) => format.id === 'chart-json');
    const chart = { version: 1 as const, positions: [{ id: 'ceo', title: 'CEO' }] };
    const saved = await downloadExport(json!, { chart }, 'Acme A/S', day);
    expect(saved).toEqual({ fileName: 'acme-a-s-org-chart-2025-06-30.json' });
    expect(clicked[0]!.download).toBe(saved.fileName);
    expect(blobs[0]!.type).toBe('application/json;charset=utf-8');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(chart);
  });

  it('saves bytes with the format’s media type, and passes the format’s notice on', async () => {
    const { blobs } = catchDownloads();
    const png = exportFormats('chart').find((format) => format.id === 'chart-png');
    const draw = async () => ({ content: Uint8Array.of(137, 80, 78, 71), notice: 'Drawn at 50%.' });
    const saved = await downloadExport(png!, { chart: { positions: [] }, draw }, undefined, day);
    expect(saved).toEqual({ fileName: 'org-chart-2025-06-30.png', notice: 'Drawn at 50%.' });
    expect(blobs[0]!.type).toBe('image/png');
    expect(blobs[0]!.size).toBe(4);
  });

  it('saves nothing when the file cannot be made', async () => {
    const { blobs } = catchDownloads();
    const pptx = exportFormats('deck').find((format) => format.id === 'deck-pptx');
    await expect(
      downloadExport(pptx!, { title: 'Acme', date: day, options: [] }, 'Acme', day),
    ).rejects.toThrow(/no options/);
    expect(blobs).toEqual([]);
  });
});
