import { statSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

// The server serves the built web app (Vite's apps/web/dist) from the same origin as the API, so
// one command runs everything and the editor needs no CORS. Hashed files under /assets never
// change, so browsers may keep them for a year; index.html names the current ones, so browsers
// must revalidate it every time.

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

/** Static files, the single-page app's fallback to index.html, and a hint when it is not built. */
export function webAppRoutes(webDir: string): Router {
  const router = Router();
  const indexFile = path.join(webDir, 'index.html');
  router.use(
    express.static(webDir, {
      index: false,
      redirect: false,
      setHeaders(res, file) {
        const inAssets = path.relative(path.join(webDir, 'assets'), file);
        const hashed = !inAssets.startsWith('..') && !path.isAbsolute(inAssets);
        res.setHeader('Cache-Control', hashed ? immutable : revalidate);
      },
    }),
  );
  router.get(/.*/, spaFallback(indexFile));
  return router;
}

function spaFallback(indexFile: string): RequestHandler {
  return (req, res, next) => {
    // The API's own 404s stay problem documents; a missing asset or file (a name with a dot,
    // dotfiles included) is a 404 too: an HTML page in its place would be cached as a script.
    if (
      isApiPath(req.path) ||
      req.path.startsWith('/assets/') ||
      path.posix.basename(req.path).includes('.')
    ) {
      next();
      return;
    }
    if (!isFile(indexFile)) {
      if (req.path !== '/') {
        next();
        return;
      }
      res.setHeader('Cache-Control', revalidate);
      res.type('text/html').send(notBuiltPage);
      return;
    }
    res.sendFile(indexFile, { headers: { 'Cache-Control': revalidate } }, (error) => {
      if (error) next(error);
    });
  };
}

function isApiPath(requestPath: string): boolean {
  return requestPath === '/api' || requestPath.startsWith('/api/');
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const notBuiltPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Orgwise</title></head>
<body>
<h1>Orgwise is running</h1>
<p>The API is up, but the web app has not been built yet. Build it with
<code>pnpm --filter @orgwise/web build</code> and reload this page.</p>
<ul>
<li><a href="/api/docs">API reference</a></li>
<li><a href="/api/health">Health</a></li>
</ul>
</body>
</html>
`;
