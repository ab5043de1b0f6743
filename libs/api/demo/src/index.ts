export { seedDemoData } from './seed';
export { demoAlliances, type SeedAlliance } from './data';
