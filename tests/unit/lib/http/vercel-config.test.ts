import { describe, expect, it } from 'vitest';
import {
  productionResponseHeaders,
  securityHeaders,
  strictTransportSecurity,
} from '../../../../src/lib/http/security-headers.mjs';
import { trailingSlashRoute } from '../../../../src/lib/http/trailing-slash.mjs';
import { securityHeaderRoute, withSiteRoutes } from '../../../../src/lib/http/vercel-config.mjs';

describe('withSiteRoutes', () => {
  const adapterConfig = {
    version: 3,
    routes: [
      {
        src: '^/_astro(?:/(.*))$',
        headers: { 'cache-control': 'public, max-age=31536000, immutable' },
        continue: true,
      },
      { handle: 'filesystem' },
      { src: '^/api/aanbod/?$', dest: '_render' },
    ],
  };

  it('puts a header route with every security header and HSTS first', () => {
    const result = withSiteRoutes(adapterConfig);
    expect(result.version).toBe(3);
    expect(result.routes[0]).toEqual({ src: '/(.*)', headers: productionResponseHeaders, continue: true });
    expect(productionResponseHeaders).toEqual({
      ...securityHeaders,
      'Strict-Transport-Security': strictTransportSecurity,
    });
  });

  it('puts the trailing-slash redirect after the header routes and before anything that answers', () => {
    const routes = withSiteRoutes(adapterConfig).routes;
    expect(routes).toEqual([
      securityHeaderRoute(),
      adapterConfig.routes[0],
      trailingSlashRoute(),
      ...adapterConfig.routes.slice(1),
    ]);
  });

  it('adds each route only once when run twice, and works without routes', () => {
    const twice = withSiteRoutes(withSiteRoutes(adapterConfig));
    expect(twice.routes).toEqual(withSiteRoutes(adapterConfig).routes);
    const noRoutes: { version: number; routes?: object[] } = { version: 3 };
    expect(withSiteRoutes(noRoutes).routes).toEqual([securityHeaderRoute(), trailingSlashRoute()]);
  });
});
