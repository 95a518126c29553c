// The reader's choices kept in this browser (their keys: shared/page-contract.ts), read and
// written where storage may be blocked.

/** The stored value, or null where there is none or storage is blocked. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the address or the default decides
  }
}

/** Stores a value (null removes it); where storage is blocked the choice lasts as long as the page. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage blocked
  }
}
