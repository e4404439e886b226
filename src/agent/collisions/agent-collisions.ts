import { type ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type * as k8s from '../../../imports/k8s';
import { Problem } from '../../checking/problem';
import type { AgentObject } from '../objects';
import type { AgentSettings } from '../settings/agent-settings';
import { canOverlap, type Requirement, selectionTerms } from './node-selection';

/** A problem of one agent of the chart. */
export interface AgentProblem {
  readonly agent: Construct;
  readonly problem: Problem;
}

interface Claimed {
  readonly owner: Construct;
  readonly object: ApiObject;
  readonly spec: string;
}

/** Same-named objects of two agents, gathered per option so one problem lists them all. */
interface Clash {
  readonly agent: Construct;
  readonly other: Construct;
  readonly option: string;
  readonly value: string;
  readonly shared: boolean;
  readonly objects: string[];
}

const ID = 'NsxNodeAgentCollisions';

/**
 * The agents of one chart (one manifest, one cluster) and the objects they create. Identical companion objects
 * are created once, by the first agent; objects with the same name that are not shareable or differ, and node
 * selections that can overlap, become problems that fail the chart's validation, all listed together.
 */
export class AgentCollisions extends Construct {
  /** The registry of the chart that holds `scope`, created on first use. */
  public static of(scope: Construct): AgentCollisions {
    const chart = Chart.of(scope);
    return (chart.node.tryFindChild(ID) as AgentCollisions | undefined) ?? new AgentCollisions(chart);
  }

  /** The registries of every chart of an app: its manifests go to one cluster, so agents must not collide across them. */
  private static readonly ofApp = new WeakMap<Construct, AgentCollisions[]>();

  /** This chart's registry and those of the app's other charts. */
  private get inApp(): AgentCollisions[] {
    return AgentCollisions.ofApp.get(this.node.root) ?? [this];
  }

  private readonly claimed = new Map<string, Claimed>();
  /** Agents seen so far, with their node selection worked out once. */
  private readonly agents: { readonly agent: Construct; readonly settings: AgentSettings; readonly terms: Requirement[][] }[] =
    [];
  private readonly found: AgentProblem[] = [];
  private readonly clashes = new Map<string, Clash>();

  private constructor(chart: Chart) {
    super(chart, ID);
    const siblings = AgentCollisions.ofApp.get(chart.node.root) ?? [];
    AgentCollisions.ofApp.set(chart.node.root, [...siblings, this]);
    chart.node.addValidation({
      validate: () => this.problems.map(({ agent, problem }) => `NsxNodeAgent "${agent.node.path}": ${problem}`),
    });
  }

  /** Every problem found so far, each option spelled by `at` for the agent it concerns. */
  public problemsAt(at: (agent: Construct, option: string) => string): Problem[] {
    return this.problems.map(({ agent, problem: p }) => new Problem(at(agent, p.option), p.value, p.issue, p.allowed, p.fix));
  }

  /** Every problem found so far: overlapping node selections, then same-named objects per option. */
  public get problems(): readonly AgentProblem[] {
    return [...this.found, ...[...this.clashes.values()].map((clash) => ({ agent: clash.agent, problem: clashProblem(clash) }))];
  }

  /** Records `agent`; its node selection must not overlap an earlier agent's. */
  public addAgent(agent: Construct, settings: AgentSettings): void {
    const mine = selectionTerms(settings.nodeSelector, settings.affinity);
    const others = this.inApp.flatMap((registry) => registry.agents);
    for (const other of others) {
      if (canOverlap(mine, other.terms)) {
        this.found.push({
          agent,
          problem: new Problem(
            'nodeSelector',
            settings.nodeSelector,
            `can select the same nodes as agent "${other.agent.node.path}" (nodeSelector ${JSON.stringify(other.settings.nodeSelector ?? {})}), and two agents on one node fight over its network`,
            'node selections no node can satisfy both, e.g. one node label that each agent requires with a different value',
            'give each agent a nodeSelector on the same label with different values, e.g. nsx-node-type: hostvm and nsx-node-type: baremetal',
          ),
        });
      }
    }
    for (const other of others.filter((o) => o.settings.namespace === settings.namespace)) {
      const theirs = { ...other.settings.podSelector, ...other.settings.podLabels };
      const own = { ...settings.podSelector, ...settings.podLabels };
      if (selects(settings.podSelector, theirs) || selects(other.settings.podSelector, own)) {
        this.found.push({
          agent,
          problem: new Problem(
            'name',
            settings.name,
            `gives a selector that matches the pods of agent "${other.agent.node.path}" (or the other way round), which Kubernetes leaves undefined for two DaemonSets`,
            'agents whose selectors each match only their own pods: distinct names',
            `set name to one of its own, e.g. ${settings.name}-2`,
          ),
        });
      }
    }
    this.agents.push({ agent, settings, terms: mine });
  }

  /**
   * The object for `claim`: an identical shared one another agent created, or a new one from `create` (a
   * same-named object that is not shareable or differs is created too, and recorded as a problem).
   */
  public claim(agent: Construct, claim: AgentObject, create: () => ApiObject): ApiObject {
    const { namespace, name } = claim.body.metadata ?? ({} as k8s.ObjectMeta);
    const key = `${claim.kind}/${namespace ?? ''}/${name}`;
    const spec = JSON.stringify(claim.body);
    const earlier = this.claimed.get(key);
    if (earlier === undefined) {
      // Another chart of the app emits its own copy; identical shared objects may be applied twice.
      const elsewhere = this.inApp.map((registry) => registry.claimed.get(key)).find((c) => c !== undefined);
      const object = create();
      this.claimed.set(key, { owner: agent, object, spec });
      if (elsewhere !== undefined && !(claim.shared && elsewhere.spec === spec)) {
        this.recordClash(agent, elsewhere.owner, claim);
      }
      return object;
    }
    if (claim.shared && earlier.spec === spec) {
      return earlier.object;
    }
    this.recordClash(agent, earlier.owner, claim);
    return create();
  }

  /** Records that `agent` names an object as `owner` does, where the two may not share it. */
  private recordClash(agent: Construct, owner: Construct, claim: AgentObject): void {
    const { namespace, name } = claim.body.metadata ?? ({} as k8s.ObjectMeta);
    const object = namespace === undefined ? `${claim.kind} ${name}` : `${claim.kind} ${namespace}/${name}`;
    const { shared, namedBy } = claim;
    const clashKey = [agent.node.path, owner.node.path, namedBy.option, shared].join('|');
    const clash = this.clashes.get(clashKey) ?? {
      agent,
      other: owner,
      option: namedBy.option,
      value: namedBy.value,
      shared,
      objects: [],
    };
    clash.objects.push(object);
    this.clashes.set(clashKey, clash);
  }
}

/** Whether `selector` (matchLabels) selects pods labelled `labels`. */
function selects(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => Object.hasOwn(labels, key) && labels[key] === value);
}

function clashProblem(clash: Clash): Problem {
  const what = clash.objects.join(', ');
  const other = `agent "${clash.other.node.path}"`;
  return new Problem(
    clash.option,
    clash.value,
    clash.shared ? `gives ${what} other content than ${other} gives it` : `gives this agent the same ${what} as ${other}`,
    clash.shared ? 'the same content as the other agent, or a name of its own' : 'names no other agent in the chart uses',
    clash.option === 'name'
      ? `set name to one of its own, e.g. ${clash.value}-2; the ConfigMap and SCC names follow it`
      : `set ${clash.option} to one of its own, e.g. ${clash.value}-2`,
  );
}
