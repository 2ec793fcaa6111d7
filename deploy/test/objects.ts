import * as path from 'node:path';
import { render, type K8sObject, type Rendered } from './kustomize';

/** Lookups over a rendered overlay, shared by the spec files. */
export const DEPLOY_DIR = path.join(__dirname, '..');
export const OVERLAYS = ['test', 'production'] as const;
export type OverlayName = (typeof OVERLAYS)[number];
export const SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'] as const;
export const PORTS: Record<string, number> = {
  portaal: 3000,
  intake: 3001,
  trajecten: 3002,
  werkgevers: 3003,
  subsidies: 3004,
};

const cache = new Map<string, Rendered>();
/** An overlay (or the base) as `kubectl kustomize` renders it, once per test file. */
export function overlay(name: OverlayName | 'base'): Rendered {
  const rel = name === 'base' ? 'base' : path.join('overlays', name);
  if (!cache.has(rel)) cache.set(rel, render(DEPLOY_DIR, rel));
  return cache.get(rel)!;
}

export function find(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name}`);
  return found;
}

export const container = (workload: K8sObject, index = 0) => workload.spec.template.spec.containers[index];
export const podLabels = (workload: K8sObject): Record<string, string> => workload.spec.template.metadata.labels;

/** The env a container sees from literal values and the ConfigMaps it reads whole (envFrom). */
export function plainEnv(objects: K8sObject[], c: any): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of c.envFrom ?? [])
    if (from.configMapRef) Object.assign(env, find(objects, 'ConfigMap', from.configMapRef.name).data);
  for (const e of c.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
  return env;
}

const selects = (selector: { matchLabels?: Record<string, string> } | undefined, labels: Record<string, string>) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);

/** NetworkPolicies that apply to pods with these labels, for one direction. */
export function policiesFor(
  objects: K8sObject[],
  labels: Record<string, string>,
  type: 'Ingress' | 'Egress',
): K8sObject[] {
  return objects.filter(
    (o) => o.kind === 'NetworkPolicy' && o.spec.policyTypes.includes(type) && selects(o.spec.podSelector, labels),
  );
}

/** Every (peer, port) a pod's egress rules allow; a peer is described as JSON for readable failures. */
export function egressRules(objects: K8sObject[], labels: Record<string, string>): { peer: any; port: number }[] {
  return policiesFor(objects, labels, 'Egress').flatMap((p) =>
    (p.spec.egress ?? []).flatMap((rule: any) =>
      (rule.to ?? [{}]).flatMap((peer: any) =>
        (rule.ports ?? [{ port: 0 }]).map((port: any) => ({ peer, port: port.port })),
      ),
    ),
  );
}

/** Whether a peer term of a rule selects pods with these labels in the same namespace. */
export const peerSelectsPod = (peer: any, labels: Record<string, string>) =>
  !peer.namespaceSelector && !peer.ipBlock && peer.podSelector && selects(peer.podSelector, labels);
