// New options are named "Option A", "Option B", … (the first letter not yet used), as consultants
// label the alternatives they present; after Z, "Option 27", "Option 28", ….

export function nextOptionName(existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.trim().toLowerCase()));
  for (let code = 65; code <= 90; code++) {
    const name = `Option ${String.fromCharCode(code)}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
  for (let n = 27; ; n++) {
    const name = `Option ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
