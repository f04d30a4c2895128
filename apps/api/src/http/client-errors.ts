import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../logger.js';
import type { ProblemFields } from './problem.js';

// Some requests never reach the app: Node's HTTP server refuses them itself (headers too large,
// a request it cannot parse, headers that never finish arriving, an Expect it does not know), and
// by default answers with a bare status line. These handlers answer them with a problem document
// like every other error, and log one line with an id to quote; never the raw request, which may
// hold credentials.

const statusByCode: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

const detailByStatus: Record<number, string> = {
  400: 'The request is not well-formed HTTP, so the server could not read it.',
  408: 'The request did not arrive in time; send it again.',
  413: 'The chunk extensions of the body are larger than the server accepts.',
  417: 'The server supports no expectation but "Expect: 100-continue".',
  431: 'The request’s headers are larger than the server accepts (16 KB in all). Send fewer or shorter headers; cookies for other sites on the same host are a common cause.',
};

function problemFor(status: number): ProblemFields {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: detailByStatus[status] ?? detailByStatus[400]!,
  };
}

function problemBody(status: number, requestId: string): string {
  return JSON.stringify({ ...problemFor(status), requestId });
}

/** Whether a response on this socket has begun: then nothing more may be written to it. */
function responseStarted(socket: Duplex): boolean {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  return inFlight?.headersSent === true;
}

export function answerClientErrors(server: Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable || responseStarted(socket)) {
      socket.destroy();
      return;
    }
    const status = statusByCode[error.code ?? ''] ?? 400;
    const requestId = randomUUID();
    logger.info(
      { requestId, status, code: error.code },
      'refused a request the HTTP server could not read',
    );
    const body = problemBody(status, requestId);
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Content-Type: application/problem+json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        'X-Content-Type-Options: nosniff',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });

  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    logger.info({ requestId, status: 417 }, 'refused an unknown Expect header');
    const body = problemBody(417, requestId);
    res.writeHead(417, {
      'Content-Type': 'application/problem+json',
      'Content-Length': Buffer.byteLength(body),
      'X-Request-Id': requestId,
      'X-Content-Type-Options': 'nosniff',
      Connection: 'close',
    });
    res.end(body);
  });
}
