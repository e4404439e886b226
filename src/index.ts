export * from './agent-settings';
export * from './image-pull-policy';
export * from './ncp-ini/schema';
export * from './node-type';
export * from './nsx-node-agent';
export * from './nsx-node-agent-props';
export * from './problem';
