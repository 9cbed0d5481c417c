export { registerWebsiteStatusRoute } from './route';
export type { LeftOutEntry, WebsiteState, WebsiteStatus, WebsiteFailure } from './website-status';
