import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { throwIfAny } from '../checking/problem';
import { ncpObjects } from './objects';
import type { NcpProps } from './props';
import { ncpSettings } from './settings';

/**
 * NCP itself: the `nsx-ncp` workload (a ReplicationController for 2.3, else a Deployment), its ConfigMap
 * `nsx-ncp-config`, the ServiceAccount `ncp-svc-account` with the vendor's RBAC, the CRDs NCP needs and, from 2.5,
 * the `nsx-ncp-bootstrap` DaemonSet. Secrets are referenced, never created. The workload is the default child
 * (id `Resource`).
 */
export class Ncp extends Construct {
  /** The `nsx-ncp` Deployment, or ReplicationController for 2.3. */
  public readonly workload: ApiObject;
  /** The ConfigMap `nsx-ncp-config` with NCP's ncp.ini. */
  public readonly configMap: ApiObject;
  /** The `nsx-ncp-bootstrap` DaemonSet, from 2.5. */
  public readonly bootstrap?: ApiObject;
  /** The ServiceAccount `ncp-svc-account`. */
  public readonly serviceAccount: ApiObject;
  /** NCP's ncp.ini, as written into the ConfigMap. */
  public readonly ncpIniText: string;

  constructor(scope: Construct, id: string, props: NcpProps) {
    super(scope, id);
    const { settings, problems } = ncpSettings(props);
    throwIfAny(`Ncp "${this.node.path}"`, problems);
    const made = new Map<string, ApiObject>();
    for (const object of ncpObjects(settings as NonNullable<typeof settings>)) {
      made.set(object.id, new ApiObject(this, object.id, object.manifest));
    }
    this.workload = made.get('Resource') as ApiObject;
    this.configMap = made.get('Config') as ApiObject;
    this.bootstrap = made.get('Bootstrap');
    this.serviceAccount = made.get('ServiceAccount') as ApiObject;
    this.ncpIniText = (this.configMap.toJson() as { data: Record<string, string> }).data['ncp.ini'];
  }
}
