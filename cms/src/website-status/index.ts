export { registerWebsiteStatusRoute } from './route';
export type { WebsiteState, WebsiteStatus, WebsiteFailure } from './website-status';
