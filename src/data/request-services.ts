// The services an employer can choose in the request form: the bureau's own services (diensten/ of the content folder,
// in their order). POST /api/aanvraag validates `dienst` against these ids; "call me back" is always added. The ids
// are the services' slugs and appear in every request's JSON copy, so a bureau keeps a service's file name stable.
import type { RequestService } from '../lib/request/intake';
import { services } from './services';

export function requestServiceOptions(): readonly RequestService[] {
  return services.map((service) => ({ id: service.slug, naam: service.data.titel }));
}
