import { after, before } from 'node:test';
import { launchWithExtension, serveFixtures, type Fixtures, type Launched } from './harness';

/** One Chromium with the built extension and the fixture server, for the describe block it is called in. */
export function extensionSession(): { launched: Launched; fixtures: Fixtures } {
  const session = {} as { launched: Launched; fixtures: Fixtures };
  before(async () => {
    session.fixtures = await serveFixtures();
    session.launched = await launchWithExtension();
  });
  after(async () => {
    await session.launched?.close();
    session.fixtures?.server.close();
  });
  return session;
}
