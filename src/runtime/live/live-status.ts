// What the live deck tells the speaker view: how many follow, and the remote's address as a code
// for the speaker's phone. Made at start-up (start-deck.ts) and handed to both, so that neither
// reaches into the other's page.

export interface LiveStatusValue {
  /** "Live: 12 following", in the slides' language. */
  following: string;
  /** The image address of the remote's QR code (it carries the key: the speaker's eyes only). */
  remoteQr: string;
}

export interface LiveStatus {
  set(value: LiveStatusValue): void;
  /** Calls `show` with the status now (if there is one) and each new one, until it returns false. */
  watch(show: (value: LiveStatusValue) => boolean): void;
}

export function createLiveStatus(): LiveStatus {
  let current: LiveStatusValue | undefined;
  const watchers = new Set<(value: LiveStatusValue) => boolean>();
  return {
    set(value) {
      current = value;
      for (const show of watchers) if (!show(value)) watchers.delete(show);
    },
    watch(show) {
      if (current && !show(current)) return;
      watchers.add(show);
    },
  };
}
