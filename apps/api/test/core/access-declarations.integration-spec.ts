import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA } from '@palier/server-core';
import { startTestApp, TestApp } from '../test-app';

const RESOLVER_FIELD = 'graphql:resolver_type';
const SOCKET_MESSAGE = 'websockets:message_mapping';

/**
 * Security by default: every GraphQL resolver field, HTTP route and socket message of the app
 * declares who may call it (@Public or a role rule). An undeclared one fails this test.
 */
describe('access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds no resolver field or route without an access rule', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const checked: string[] = [];
    const undeclared: string[] = [];
    const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
    for (const wrapper of wrappers) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype || typeof metatype !== 'function') continue;
      const prototype = Object.getPrototypeOf(instance);
      const isController =
        Reflect.hasMetadata(PATH_METADATA, metatype) &&
        discovery.getControllers().includes(wrapper);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const isField = Reflect.hasMetadata(RESOLVER_FIELD, handler);
        const isRoute = isController && Reflect.hasMetadata(PATH_METADATA, handler);
        const isMessage = Reflect.hasMetadata(SOCKET_MESSAGE, handler);
        if (!isField && !isRoute && !isMessage) continue;
        const name = `${metatype.name}.${method}`;
        checked.push(name);
        const rule = reflector.getAllAndOverride(ACCESS_METADATA, [handler, metatype]);
        if (!rule) undeclared.push(name);
      }
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'CommunityResolver.communities',
        'HealthController.live',
        'RealtimeGateway.follow',
      ]),
    );
    expect(undeclared).toEqual([]);
  });
});
