// Every test runs behind msw: a request no handler answers fails the test, so no test reaches a network.
// See ../shared/notes/node20-stack.md for why each line is here.
import { afterAll, afterEach } from 'vitest';
import { setupServer } from 'msw/node';

export const server = setupServer();
const unhandled: string[] = [];

// Listen before any test module builds an OpenAI client: the SDK keeps the fetch it saw at construction.
server.listen({
  onUnhandledRequest(request) {
    unhandled.push(`${request.method} ${request.url}`);
  },
});

// msw 2.15 on Node 20: the SDK cancels a mocked error body before retrying, and that cancel never settles.
server.events.on('response:mocked', ({ response }) => {
  response.body?.cancel().catch(() => {});
});

afterEach(() => {
  server.resetHandlers();
  if (unhandled.length > 0) {
    const requests = unhandled.splice(0);
    throw new Error(`unstubbed network request(s): ${requests.join(', ')}`);
  }
});

afterAll(() => server.close());
