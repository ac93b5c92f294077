import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 generated from the route schemas, served at /api/openapi.json and browsable at /api/docs. */
export default fp(
  async function openapiPlugin(app) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Một Cửa API',
          version: '1.0.0',
          description:
            'REST API of the Một Cửa platform: one-stop dossiers, the citizen portal, feedback and reporting. ' +
            'Errors are RFC 9457 problem+json with a stable `code`.',
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            officerToken: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'Officer access token',
            },
            citizenToken: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'Citizen access token',
            },
          },
        },
        tags: [
          { name: 'system', description: 'Health and metadata' },
          { name: 'auth', description: 'Officer sign-in and own account' },
          { name: 'citizens', description: 'Citizen accounts of the portal' },
          { name: 'units', description: 'Administrative units (effective-dated tree)' },
          { name: 'users', description: 'Officer accounts and roles' },
          { name: 'calendar', description: 'The working-day calendar and the legal clock' },
          { name: 'procedures', description: 'The public catalogue of administrative procedures' },
          { name: 'procedures-admin', description: 'Administration of the catalogue' },
          { name: 'dossiers', description: 'One-stop dossiers: intake, work queues, the lifecycle' },
          { name: 'public', description: 'Public lookups without signing in' },
          {
            name: 'payments',
            description: 'Fee payment through a payment gateway (a sandbox outside production)',
          },
          { name: 'workflows', description: 'Internal workflows (quy trình nội bộ) per procedure and unit' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  },
  { name: 'openapi' },
);
