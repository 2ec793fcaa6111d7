import { schemaErrors } from './schema';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'one' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { a: 'b' } },
    template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'app:1' }] } },
  },
};

it('passes a valid object and reports schema errors and objects without a schema', () => {
  expect(schemaErrors(deployment)).toBeUndefined();
  expect(schemaErrors({ ...deployment, spec: { ...deployment.spec, replicas: 'two' } })).toMatch(
    /replicas must be integer/,
  );
  expect(schemaErrors({ ...deployment, spec: { ...deployment.spec, selector: undefined } })).toMatch(/selector/);
  expect(schemaErrors({ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't' } })).toMatch(/no schema/);
  const cluster = {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: 'pg' },
    spec: { instances: 'two' },
  };
  expect(schemaErrors(cluster)).toMatch(/instances must be integer/);
});
