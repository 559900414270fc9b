import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Employer } from './owner-employers.ts';

/**
 * The graph of shared employers: the owner, the owner's employers, the connections with any evidence
 * of working there (people with none would hang alone off their company and only cost time), and
 * the companies those people work at now. From it come alumni flows (employer → where its former
 * colleagues went) and the centrality of each company in the owner's professional world.
 */
type NodeKind = 'owner' | 'employer' | 'company' | 'person';
export interface NodeAttributes {
  kind: NodeKind;
  label: string;
}
export interface EdgeAttributes {
  kind: 'worked-at' | 'works-at' | 'alumni-went-to';
  weight: number;
}
export type SharedEmployerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** A connection as the graph sees it: where they work now, and where they may have worked with the owner. */
export interface GraphPerson {
  index: number;
  name: string;
  companyKey: string;
  company: string;
  /** Probability per employer index of having worked there alongside the owner. */
  workedAt: { employer: number; probability: number }[];
}

/** Below this, a tie is too faint to draw: it would only add noise to flows. */
export const MIN_EDGE_PROBABILITY = 0.3;

export const OWNER_NODE = 'owner';
export const companyNode = (key: string) => `company:${key}`;
const personNode = (index: number) => `person:${index}`;

export function buildEmployerGraph(employers: Employer[], people: GraphPerson[]): SharedEmployerGraph {
  const graph: SharedEmployerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.mergeNode(OWNER_NODE, { kind: 'owner', label: 'You' });
  for (const e of employers) {
    graph.mergeNode(companyNode(e.key), { kind: 'employer', label: e.name });
    graph.mergeEdge(OWNER_NODE, companyNode(e.key), {
      kind: 'worked-at',
      weight: Math.max(0.1, (e.end - e.from) / 365.25),
    });
  }
  for (const p of people) {
    const ties = p.workedAt.filter((w) => w.probability >= MIN_EDGE_PROBABILITY);
    if (ties.length === 0) continue;
    const node = personNode(p.index);
    graph.mergeNode(node, { kind: 'person', label: p.name });
    for (const { employer, probability } of ties) {
      const target = companyNode(employers[employer]?.key ?? '');
      graph.mergeEdge(node, target, { kind: 'worked-at', weight: probability });
    }
    if (p.companyKey) {
      const target = companyNode(p.companyKey);
      if (!graph.hasNode(target)) graph.mergeNode(target, { kind: 'company', label: p.company });
      graph.mergeEdge(node, target, { kind: 'works-at', weight: 1 });
    }
  }
  return graph;
}

/** For each employer key: company key → expected number of its former colleagues working there now. */
export type AlumniFlows = Map<string, Map<string, number>>;

export function alumniFlows(graph: SharedEmployerGraph, employers: Employer[]): AlumniFlows {
  const flows: AlumniFlows = new Map();
  for (const e of employers) {
    const from = companyNode(e.key);
    const flow = new Map<string, number>();
    graph.forEachInEdge(from, (_edge, tie, person) => {
      if (tie.kind !== 'worked-at' || person === OWNER_NODE) return;
      graph.forEachOutEdge(person, (_e, job, _source, company) => {
        if (job.kind !== 'works-at' || company === from) return;
        const key = company.slice('company:'.length);
        flow.set(key, (flow.get(key) ?? 0) + tie.weight);
      });
    });
    flows.set(e.key, flow);
  }
  return flows;
}

/**
 * PageRank over the company graph (owner → employers → where their alumni went): a company is central
 * when much of the owner's working history flows to it. Scaled so the most central is 1.
 */
export function companyCentrality(employers: Employer[], flows: AlumniFlows): Map<string, number> {
  const companies: Graph<{ kind: NodeKind }, { weight: number }> = new Graph({ type: 'directed' });
  companies.mergeNode(OWNER_NODE, { kind: 'owner' });
  for (const e of employers) {
    companies.mergeNode(companyNode(e.key), { kind: 'employer' });
    companies.mergeEdge(OWNER_NODE, companyNode(e.key), { weight: Math.max(0.1, (e.end - e.from) / 365.25) });
    for (const [company, weight] of flows.get(e.key) ?? []) {
      if (weight < 0.5 || company === e.key) continue;
      companies.mergeNode(companyNode(company), { kind: 'company' });
      companies.mergeEdge(companyNode(e.key), companyNode(company), { weight });
    }
  }
  const ranks = pagerank(companies, { getEdgeWeight: 'weight' });
  delete ranks[OWNER_NODE];
  const top = Math.max(0, ...Object.values(ranks));
  const prefix = companyNode('').length;
  return new Map(Object.entries(ranks).map(([node, rank]) => [node.slice(prefix), top > 0 ? rank / top : 0]));
}
