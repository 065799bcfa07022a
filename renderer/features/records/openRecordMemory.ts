// Which record is open survives a reload of the page (not a lock: locking ends the session). The
// id is random and says nothing; sessionStorage is the page's own and holds nothing else.
const OPEN_RECORD_KEY = 'aigaq.openRecord';

export function rememberedRecord(): string | null {
  return window.sessionStorage.getItem(OPEN_RECORD_KEY);
}

export function remember(id: string | null): void {
  if (id === null) {
    window.sessionStorage.removeItem(OPEN_RECORD_KEY);
  } else {
    window.sessionStorage.setItem(OPEN_RECORD_KEY, id);
  }
}

/** A record that left this laptop is not reopened: the Records page starts at the list. */
export function forgetIfAmong(ids: readonly string[]): void {
  const open = rememberedRecord();
  if (open !== null && ids.includes(open)) {
    remember(null);
  }
}
