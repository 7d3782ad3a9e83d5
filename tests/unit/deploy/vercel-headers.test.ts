import { describe, expect, it } from 'vitest';
import { securityHeaders, strictTransportSecurity } from '../../../src/lib/security/headers.mjs';
import { securityHeaderRoute, vercelResponseHeaders, withSecurityHeaderRoute } from '../../../src/lib/deploy/vercel-headers.mjs';

describe('vercelResponseHeaders', () => {
  it('holds every shared security header plus HSTS', () => {
    expect(vercelResponseHeaders()).toEqual({ ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity });
  });
});

describe('withSecurityHeaderRoute', () => {
  const adapterConfig = {
    version: 3,
    routes: [
      { src: '^/_astro(?:/(.*))$', headers: { 'cache-control': 'public, max-age=31536000, immutable' }, continue: true },
      { handle: 'filesystem' },
      { src: '^/api/aanbod/?$', dest: '_render' },
    ],
  };

  it('puts a header route for every path first and keeps the adapter routes in order', () => {
    const result = withSecurityHeaderRoute(adapterConfig);
    expect(result.version).toBe(3);
    expect(result.routes[0]).toEqual({ src: '/(.*)', headers: vercelResponseHeaders(), continue: true });
    expect(result.routes.slice(1)).toEqual(adapterConfig.routes);
  });

  it('adds the route only once when run twice', () => {
    const twice = withSecurityHeaderRoute(withSecurityHeaderRoute(adapterConfig));
    expect(twice.routes.filter((r) => JSON.stringify(r) === JSON.stringify(securityHeaderRoute()))).toHaveLength(1);
  });

  it('works on a config without routes', () => {
    const noRoutes: { version: number; routes?: object[] } = { version: 3 };
    expect(withSecurityHeaderRoute(noRoutes).routes).toEqual([securityHeaderRoute()]);
  });
});
