import http from 'node:http';
import https from 'node:https';
import { socketAddressHeader } from './client-address.ts';

// Next.js exposes no socket address to route handlers or server actions, and its
// X-Forwarded-For is whatever the client sent (lib/auth/client-address.ts). This hook, installed
// once per server process by instrumentation.ts before the first request, copies each request's
// socket address into a header of our own, overwriting any value the client sent under that name.

const installed = globalThis as unknown as { claimscopeSocketStamp?: boolean };

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function stampOn(proto: { emit: Emit }) {
  const emit = proto.emit;
  proto.emit = function (this: unknown, event, ...args) {
    if (event === 'request' || event === 'checkContinue' || event === 'checkExpectation') {
      const req = args[0] as http.IncomingMessage;
      req.headers[socketAddressHeader] = req.socket?.remoteAddress ?? '';
    }
    return emit.call(this, event, ...args);
  };
}

export function stampSocketAddresses(): void {
  if (installed.claimscopeSocketStamp) return;
  stampOn(http.Server.prototype as unknown as { emit: Emit });
  stampOn(https.Server.prototype as unknown as { emit: Emit });
  installed.claimscopeSocketStamp = true;
}
