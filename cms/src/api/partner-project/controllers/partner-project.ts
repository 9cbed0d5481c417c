import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::partner-project.partner-project');
