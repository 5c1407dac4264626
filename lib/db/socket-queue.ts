import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// pglite-socket 0.2.17 runs the messages of all its connections through one queue, one message
// at a time, and keeps a connection's messages together only inside a transaction. The extended
// query protocol (Parse, Bind, Describe, Execute … Sync: every parameterised query of node-postgres
// and Prisma) keeps state between messages, so two connections querying at once interleave their
// Parse and Bind messages on PGlite's single session: "bind message supplies 15 parameters, but
// prepared statement "" requires 1", or one connection reading the other's rows. This keeps a
// connection's messages together from its first extended-protocol message up to its Sync.

type QueueItem = { handlerId: number; message: Uint8Array; resolve: (bytes: number) => void; reject: (e: unknown) => void; onData: (data: Uint8Array) => void };
type Queue = {
  queue: QueueItem[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(id: number): void;
};

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const PROTOCOL_3 = 196608;

/** Whether a message ends what a connection must send without others in between. */
export function endsBatch(message: Uint8Array): boolean {
  const type = message[0];
  if (type === SYNC || type === SIMPLE_QUERY || type === TERMINATE) return true;
  // The startup message has no type byte: length, then the protocol version.
  if (message.length >= 8) {
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    if (view.getInt32(4) === PROTOCOL_3) return true;
  }
  return false;
}

export function keepExtendedBatchesTogether(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue: Queue }).queryQueue;
  let openBatchOf: number | null = null;
  q.processQueue = async function processQueue(this: Queue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = openBatchOf ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = sticky === null ? 0 : this.queue.findIndex((item) => item.handlerId === sticky);
        // The connection holding the session has not sent its next message yet: wait for it.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        let failure: unknown = null;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (d) => ((bytes += d.length), item.onData(d)) }));
        } catch (e) {
          failure = e ?? new Error('query failed');
        }
        // After an error PGlite skips to the Sync too: the batch stays its connection's either way.
        openBatchOf = endsBatch(item.message) ? null : item.handlerId;
        this.lastHandlerId = item.handlerId;
        if (failure) item.reject(failure);
        else item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  // A connection that goes away in the middle of a batch releases the session.
  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (id: number) => {
    clear(id);
    if (openBatchOf === id) {
      openBatchOf = null;
      void q.processQueue();
    }
  };
}
