import type { Server } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { problemSchema } from '@orgwise/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import { listen } from '../server.js';
import { testApp } from '../testing/test-app.js';

// Requests that Node's HTTP server refuses before the app sees them: each answer is a problem
// document, the log has a line with its id and nothing of the request, and the server serves on.

const logs: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const { app } = testApp();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const running = await listen(
    app,
    { host: '127.0.0.1', port: 0, requestTimeoutMs: 30_000 },
    createLogger('info', sink),
  );
  server = running.server;
  port = Number(new URL(running.url).port);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw bytes and resolves with everything the server sent back before it closed. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.write(request);
  });
}

function problemIn(answer: string, status: number) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
  const problem = problemSchema.parse(JSON.parse(body));
  expect(problem.status).toBe(status);
  expect(head.toLowerCase()).toContain(`x-request-id: ${problem.requestId}`);
  return problem;
}

const secret = 'Bearer do-not-log-this-credential';

describe('requests the HTTP server refuses itself', () => {
  test.each([
    [
      'headers over 16 KB',
      431,
      `GET /api/health HTTP/1.1\r\nHost: x\r\nAuthorization: ${secret}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
    ['a request line that is not HTTP', 400, `GET /api/health HTTP/9.9 ${secret}\r\n\r\n`],
    ['a header without a colon', 400, `GET /api/health HTTP/1.1\r\nHost: x\r\n${secret}\r\n\r\n`],
    [
      'a broken chunked body',
      400,
      `POST /api/v1/validate HTTP/1.1\r\nHost: x\r\nAuthorization: ${secret}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ],
    [
      'both Content-Length and chunked (request smuggling)',
      400,
      `POST /api/v1/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
    [
      'an unknown Expect',
      417,
      `POST /api/v1/validate HTTP/1.1\r\nHost: x\r\nAuthorization: ${secret}\r\nExpect: the-unexpected\r\nContent-Length: 2\r\n\r\n{}`,
    ],
  ])('%s is a %s problem document, logged without the request', async (_name, status, request) => {
    const problem = problemIn(await raw(request), status);
    expect(problem.detail).toBeTruthy();
    const logged = logs.join('');
    expect(logged).toContain(problem.requestId);
    expect(logged).not.toContain('do-not-log-this-credential');
  });

  test('the server still serves afterwards', async () => {
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
