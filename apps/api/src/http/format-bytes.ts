/** 10485760 → "10 MB", 1536 → "1.5 KB": sizes for people, in the binary units the limits use. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${units[unit]}`;
}
