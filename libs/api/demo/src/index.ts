export { DEMO_PASSWORD, seedDemoData } from './seed';
export { demoAlliances, type SeedAlliance } from './data';
