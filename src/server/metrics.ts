// Prometheus metrics at /metrics, through Yoga's Prometheus plugin (@graphql-yoga/plugin-prometheus,
// over @envelop/prometheus and prom-client): GraphQL requests and their latency by operation, errors
// by code and phase, HTTP latency, open subscriptions, the ingestion queue and the time stories take
// to extract and to store, and the process's own (CPU, memory, event loop).
// Each app has its own registry, so that several apps in one process (the tests) do not collide.
import { createCounter, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { IngestionLoad } from '../modules/ingestion/ingestion.js';

export const METRICS_PATH = '/metrics';

/** What the live-update machinery is carrying now, read when Prometheus scrapes. */
export type LiveLoad = () => { connections: number; subscriptions: number; listeners: number };

/** The code a client sees for an error: its own, else what the phase means (the rest is masked). */
function codeOf(error: GraphQLError | undefined, phase: string | undefined): string {
  const code = error?.extensions?.code;
  if (typeof code === 'string') return code;
  if (phase === 'parse') return 'GRAPHQL_PARSE_FAILED';
  if (phase === 'validate') return 'GRAPHQL_VALIDATION_FAILED';
  return 'INTERNAL_SERVER_ERROR';
}

/** A running total the app keeps (it only grows), exposed as a Prometheus counter read at scrape time. */
function totalCounter(registry: Registry, name: string, help: string, read: () => number) {
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

export function useMetrics(liveLoad: LiveLoad, ingestionLoad?: () => IngestionLoad) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (ingestionLoad) {
    new Gauge({
      name: 'newsgraph_ingest_queue_depth',
      help: 'Stories admitted now: extracting, waiting for their transaction, or in it (at most INGEST_QUEUE_SIZE).',
      registers: [registry],
      collect() {
        this.set(ingestionLoad().queued);
      },
    });
    // Totals: rate(..._seconds_total) / rate(..._total) is the mean time per story over a window.
    totalCounter(registry, 'newsgraph_stories_extracted_total', 'Stories the extractor read (in the worker pool).', () => ingestionLoad().extracted);
    totalCounter(registry, 'newsgraph_extraction_seconds_total', 'Seconds stories spent in the extractor, waiting for a worker included.', () => ingestionLoad().extractionSeconds);
    totalCounter(registry, 'newsgraph_stories_stored_total', 'Story transactions committed.', () => ingestionLoad().stored);
    totalCounter(registry, 'newsgraph_store_seconds_total', 'Seconds story transactions took.', () => ingestionLoad().storeSeconds);
  }
  new Gauge({
    name: 'newsgraph_subscriptions_open',
    help: 'Subscriptions running now, over WebSocket and Server-Sent Events (change-feed listeners).',
    registers: [registry],
    collect() {
      this.set(liveLoad().listeners);
    },
  });
  new Gauge({
    name: 'newsgraph_websocket_connections_open',
    help: 'graphql-ws connections open now.',
    registers: [registry],
    collect() {
      this.set(liveLoad().connections);
    },
  });
  return usePrometheus({
    registry,
    endpoint: METRICS_PATH,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      // Per-phase histograms off: parse and validation are cached, and execution is most of
      // graphql_envelop_request_duration already; each histogram more is work on every request.
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: true,
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'GraphQL errors answered, by operation, phase and code.',
          labelNames: ['operationName', 'operationType', 'phase', 'code'],
        },
        fillLabelsFn: (params) => ({
          operationName: params.operationName ?? 'Anonymous',
          operationType: params.operationType ?? 'unknown',
          phase: params.errorPhase ?? 'unknown',
          code: codeOf(params.error, params.errorPhase),
        }),
      }),
    },
    // The URL would make one series per query string (GET requests carry the query in it).
    labels: { url: false },
  });
}
