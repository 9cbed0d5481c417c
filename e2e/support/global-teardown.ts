/** Stops the site server and removes the built site and the compiled CMS. */
import removeCompiledCms from '../../cms/tests/setup/global-teardown';
import { takeRunState } from './run-state';

export default async function globalTeardown(): Promise<void> {
  const state = takeRunState();
  await state?.server.close();
  state?.built?.remove();
  await removeCompiledCms();
}
