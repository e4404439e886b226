// A cdk8s app of your own that composes the NSX node agent next to its other charts:
//   npm install ../nsx-node-agent-cdk8s/nsx-node-agent-cdk8s-<version>.tgz cdk8s constructs   (the `npm pack` tarball; see README.md)
//   npx cdk8s synth --check-upgrade=false      → dist/platform-settings.k8s.yaml, dist/network.k8s.yaml
import { App } from 'cdk8s';
import { addCharts } from './charts';

const app = new App();
addCharts(app);
app.synth();
