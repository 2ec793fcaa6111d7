import { randomBytes } from 'node:crypto';
import { JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { eventually } from './eventually';
import { LOOPBACK, ProcessHost } from './network-namespaces';
import { freePort, NatsServerProcess } from './nats-server-process';

export interface NatsClusterNode {
  /** The server name, as stream info reports a leader or replica. */
  name: string;
  server: NatsServerProcess;
  /** The HTTP monitoring port (/jsz, /healthz), on the server's address. */
  monitorPort: number;
}

/**
 * A NATS cluster of the test's own: `size` nats-servers on spare ports, each with JetStream and its own store,
 * routed to the others. A node can be killed and restarted (same name, ports and store, as a real restart) to
 * show that replicated streams and consumers survive losing one; the machine's shared NATS is never touched.
 * With `hosts`, node i runs on hosts[i] (a network namespace of a NetworkLab), so it can be cut off instead.
 */
export class NatsClusterProcess {
  private constructor(readonly nodes: readonly NatsClusterNode[]) {}

  static async start(size = 3, { hosts = [] }: { hosts?: readonly ProcessHost[] } = {}): Promise<NatsClusterProcess> {
    const ports: { host: ProcessHost; client: number; cluster: number; monitor: number }[] = [];
    for (let i = 0; i < size; i++)
      ports.push({
        host: hosts[i] ?? LOOPBACK,
        client: await freePort(),
        cluster: await freePort(),
        monitor: await freePort(),
      });
    // A name of its own, so a stray node of another run could never join this cluster.
    const clusterName = `wiz-test-${randomBytes(3).toString('hex')}`;
    const nodes = await Promise.all(
      ports.map(async (p, i) => {
        const routes = ports.filter((o) => o !== p).map((o) => `nats://${o.host.address}:${o.cluster}`);
        const name = `n${i + 1}`;
        const args = [
          '--name',
          name,
          '--cluster_name',
          clusterName,
          '--cluster',
          `nats://${p.host.address}:${p.cluster}`,
          '--routes',
          routes.join(','),
          '-m',
          String(p.monitor),
        ];
        return {
          name,
          monitorPort: p.monitor,
          server: await NatsServerProcess.start({ port: p.client, args, host: p.host }),
        };
      }),
    );
    const cluster = new NatsClusterProcess(nodes);
    await cluster.waitUntilHealthy();
    await cluster.waitUntilEveryPeerPlaced();
    return cluster;
  }

  /** Every node's client URL, comma-separated, as NATS_URL takes a cluster. */
  get url(): string {
    return this.nodes.map((n) => n.server.url).join(',');
  }

  node(name: string): NatsClusterNode {
    const node = this.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no node ${name} in this cluster (${this.nodes.map((n) => n.name).join(', ')})`);
    return node;
  }

  /**
   * Waits until every running node knows the JetStream meta leader and calls itself healthy: /healthz answers
   * 200 only once the node's streams and consumers have caught up, so this also covers a node that just rejoined.
   */
  async waitUntilHealthy(timeoutMs = 30_000): Promise<void> {
    await eventually(
      async () => {
        for (const node of this.nodes.filter((n) => n.server.running)) {
          const jsz = await this.monitor(node, '/jsz').then(
            (r) => r.json() as Promise<{ meta_cluster?: { leader?: string } }>,
          );
          if (!jsz.meta_cluster?.leader) throw new Error(`${node.name} has no JetStream meta leader yet`);
          const health = await this.monitor(node, '/healthz');
          if (!health.ok) throw new Error(`${node.name} not healthy: ${health.status} ${await health.text()}`);
        }
      },
      timeoutMs,
      200,
    );
  }

  /**
   * Until the meta leader counts every other node as a current peer. A healthy node may know its leader before the
   * leader has registered every peer, and a stream with a replica on each node then finds "no suitable peers for
   * placement".
   */
  private async waitUntilEveryPeerPlaced(timeoutMs = 30_000): Promise<void> {
    type Jsz = { meta_cluster?: { leader?: string; replicas?: { name: string; current: boolean }[] } };
    await eventually(
      async () => {
        for (const node of this.nodes) {
          const meta = (await this.monitor(node, '/jsz').then((r) => r.json() as Promise<Jsz>)).meta_cluster;
          if (meta?.leader !== node.name) continue;
          const peers = meta.replicas ?? [];
          if (peers.length === this.nodes.length - 1 && peers.every((p) => p.current)) return;
        }
        throw new Error('the JetStream meta leader has not registered every peer yet');
      },
      timeoutMs,
      200,
    );
  }

  /**
   * What an operator does for a replica whose catch-up has stalled after a partition (nats-server 2.9's raft
   * catch-up can stop with the copy a few hundred messages behind, nats-io/nats-server#4695, #2356): the leader of
   * that stream or consumer steps down, and the group's new leader starts the catch-up again. Returns what was
   * stepped down; nothing when every replica is current and every node healthy.
   */
  async restartStalledCatchups(stream: string): Promise<string[]> {
    const stalled = new Set<string>();
    for (const node of this.nodes.filter((n) => n.server.running)) {
      const health = await this.monitor(node, '/healthz').catch(() => undefined);
      if (!health || health.ok) continue;
      const named = /JetStream (stream|consumer) '[^ ]+ > ([^ ']+)(?: > ([^']+))?'/.exec(await health.text());
      if (named?.[2] === stream) stalled.add(named[3] ? `consumer ${named[3]}` : 'stream');
    }
    return this.manage(async (jsm, nc) => {
      const info = await jsm.streams.info(stream);
      if (info.cluster?.replicas?.some((r) => !r.current)) stalled.add('stream');
      for (const group of stalled) {
        const subject = group.startsWith('consumer ')
          ? `$JS.API.CONSUMER.LEADER.STEPDOWN.${stream}.${group.slice('consumer '.length)}`
          : `$JS.API.STREAM.LEADER.STEPDOWN.${stream}`;
        await nc.request(subject, undefined, { timeout: 5_000 }).catch(() => undefined); // the next round retries
      }
      return [...stalled];
    });
  }

  /** A node's monitoring endpoint. A short timeout: a node cut off from the network leaves it unanswered, not refused. */
  private monitor(node: NatsClusterNode, endpoint: '/jsz' | '/healthz'): Promise<Response> {
    return fetch(`http://${node.server.host.address}:${node.monitorPort}${endpoint}`, {
      signal: AbortSignal.timeout(2_000),
    });
  }

  /** Runs `fn` with a JetStream manager on a connection of its own (stream and consumer info: leader, replicas). */
  async manage<T>(fn: (jsm: JetStreamManager, nc: NatsConnection) => Promise<T>): Promise<T> {
    const nc = await connect({ servers: this.url.split(','), timeout: 5_000 });
    try {
      return await fn(await jetstreamManager(nc), nc);
    } finally {
      await nc.close();
    }
  }

  async destroy(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.server.destroy()));
  }
}
