// The live stream's messages (`deck present`), one module for both ends: the server prints the
// events and checks what the speaker's page POSTs against the shapes here; the page reads them.

/** The events of the stream: the leader's position (to every deck), the count of followers and
 *  the remote's commands (to the leader). */
export const LIVE_EVENT_TYPES = ['state', 'count', 'command'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** Where the leader is: reveal's indices, and whether the overview or the blackout is on. */
export interface LiveState {
  h: number;
  v: number;
  /** The last fragment shown, -1 for none. */
  f: number;
  overview: boolean;
  paused: boolean;
}

/** A position as the server sends it, numbered: a remote tells the leader's move from a reconnection. */
export interface LiveStateEvent extends LiveState {
  seq: number;
}

/** What the leader is told: how many decks follow, and the address they open. */
export interface LiveCount {
  followers: number;
  audience: string;
}

export type LiveAction = 'next' | 'prev';

/** The remote's Next or Previous, to the leader. */
export interface LiveCommand {
  action: LiveAction;
}

/** Each event's data, by its type. */
export interface LiveEventData {
  state: LiveStateEvent;
  count: LiveCount;
  command: LiveCommand;
}

/** One event as Server-Sent Events frame it. */
export function printLiveEvent<T extends LiveEventType>(type: T, data: LiveEventData[T]): string {
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An event's data as the page reads it; the server made it, and only the server. */
export function readLiveEvent<T extends LiveEventType>(_type: T, data: string): LiveEventData[T] {
  return JSON.parse(data) as LiveEventData[T];
}

/** The largest message the speaker's page sends, in bytes. */
export const MAX_MESSAGE_BYTES = 1024;

/** A position in a deck of `slides` slides, or nothing: integers within its range and two flags, no more. */
export function validState(body: unknown, slides: number): LiveState | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { h, v, f, overview, paused, ...rest } = body as Record<string, unknown>;
  const int = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  if (Object.keys(rest).length || !int(h, 0, slides - 1) || !int(v, 0, 99) || !int(f, -1, 99) || typeof overview !== 'boolean' || typeof paused !== 'boolean')
    return undefined;
  return { h, v, f, overview, paused };
}

/** The remote's command, or nothing. */
export function validCommand(body: unknown): LiveCommand | undefined {
  const action = (body as { action?: unknown } | null)?.action;
  return action === 'next' || action === 'prev' ? { action } : undefined;
}
