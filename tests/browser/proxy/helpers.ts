// Requests through the test's nginx from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that each test is a
// visitor of its own for nginx's per-address limits and the site's rate limit.
import { request as httpsRequest } from 'node:https';
import { connect as tcpConnect } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Target {
  port: number;
  /** The site's host name: TLS server name, and the Host header unless `host` overrides it. */
  hostName: string;
}

/** One HTTPS request over HTTP/1.1 from `from`; `host` sets a Host header of its own. */
export function send(
  target: Target,
  {
    from,
    method = 'GET',
    path = '/',
    host,
    headers = {},
    body,
  }: { from: string; method?: string; path?: string; host?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        localAddress: from,
        servername: target.hostName,
        rejectUnauthorized: false,
        agent: false,
        method,
        path,
        headers: {
          host: host ?? `${target.hostName}:${target.port}`,
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (part) => (text += part));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Whether nginx closed the connection without any answer (its `return 444`). */
export function closedWithoutAnswer(target: Target, { from, host }: { from: string; host: string }): Promise<boolean> {
  return send(target, { from, host }).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ECONNRESET' || /socket hang up/.test(error.message),
  );
}

/** A TLS connection (HTTP/1.1) to nginx from the loopback address `from`. */
function tlsFrom(target: Target, from: string, onConnect: () => void): TLSSocket {
  const tcp = tcpConnect({ host: '127.0.0.1', port: target.port, localAddress: from });
  return connect(
    { socket: tcp, servername: target.hostName, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] },
    onConnect,
  );
}

/** Writes raw bytes over TLS (HTTP/1.1) and collects what comes back until the connection closes. */
export function raw(target: Target, { from, data }: { from: string; data: string }): Promise<string> {
  return new Promise((resolve) => {
    const socket = tlsFrom(target, from, () => socket.write(data));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (part) => (text += part));
    socket.on('close', () => resolve(text));
    socket.on('error', () => {});
  });
}

/** Writes raw bytes over plain HTTP to `port` and collects what comes back until the connection closes. */
export function rawPlain(port: number, { from, data }: { from: string; data: string }): Promise<string> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port, localAddress: from }, () => socket.write(data));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (part) => (text += part));
    socket.on('close', () => resolve(text));
    socket.on('error', () => {});
  });
}

/** An upload that sends its headers and a few bytes of body, then stalls. */
export interface StalledUpload {
  /** Resolves with the status line and headers as soon as an answer starts (not when the connection closes). */
  answer: Promise<{ status: number; head: string; text: () => string }>;
  close: () => void;
}

export function stalledUpload(target: Target, { from, path }: { from: string; path: string }): StalledUpload {
  let socket: TLSSocket;
  const answer = new Promise<{ status: number; head: string; text: () => string }>((resolve) => {
    socket = tlsFrom(target, from, () =>
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${target.hostName}:${target.port}\r\nContent-Type: application/json\r\n` +
          `Content-Length: 2000\r\n\r\n{"organisatie":`,
      ),
    );
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (part) => {
      text += part;
      const end = text.indexOf('\r\n\r\n');
      if (end !== -1) resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, end), text: () => text });
    });
    socket.on('error', () => {});
  });
  return { answer, close: () => socket.destroy() };
}

/** The value of header `name` in a raw HTTP head. */
export function headerOf(head: string, name: string): string | undefined {
  return new RegExp(`^${name}: *(.*)$`, 'im').exec(head)?.[1]?.trim();
}
