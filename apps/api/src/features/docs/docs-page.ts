// The interactive API reference: Swagger UI, served from the swagger-ui-dist package installed with
// the API (no CDN; the machine may be offline). Scripts are files rather than inline code so the
// Content-Security-Policy can forbid inline scripts.

export const docsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Orgwise API reference</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css">
    <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/docs.js"></script>
  </body>
</html>
`;

export const docsScript = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // The public validator badge would send the document to swagger.io.
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: true,
  });
});
`;
