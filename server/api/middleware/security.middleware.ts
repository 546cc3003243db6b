// Security headers (helmet) and CORS, closed unless origins are listed in CORRIDOR_CORS_ORIGINS:
// the API is for the app's own client, served from the same origin, which CORS does not concern.
import cors from 'cors';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // PNG/SVG exports are shown and downloaded through blob: URLs.
        'img-src': ["'self'", 'data:', 'blob:'],
      },
    },
  });
}

export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  return cors({ origin: allowedOrigins.length ? [...allowedOrigins] : false, maxAge: 600 });
}
