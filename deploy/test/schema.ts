import * as cnpg from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as core from 'kubernetes-models/v1';
import type { K8sObject } from './kustomize';

/**
 * Offline schema check of one object against the Kubernetes OpenAPI schemas (kubernetes-models 4.5.0, generated
 * from upstream) and the CloudNativePG CRD's openAPIV3Schema (@kubernetes-models/cloudnative-pg 0.1.4, the last
 * release that runs on Node 20). An apiVersion without a schema here is an error, so nothing goes unchecked.
 * These schemas check types, required fields and enums; like the API server without strict field validation,
 * they let unknown fields through, which the assertions in the spec files cover where it matters.
 */
const GROUPS: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'networking.k8s.io/v1': networking,
  'policy/v1': policy,
  'postgresql.cnpg.io/v1': cnpg,
};

type Model = new (data: K8sObject) => { validate(): void };

export function schemaErrors(o: K8sObject): string | undefined {
  const Model = GROUPS[o.apiVersion]?.[o.kind] as Model | undefined;
  if (typeof Model !== 'function') return `${o.apiVersion} ${o.kind}: no schema to validate against`;
  try {
    new Model(structuredClone(o)).validate();
    return undefined;
  } catch (err) {
    return `${o.kind}/${o.metadata.name}: ${(err as Error).message}`;
  }
}
