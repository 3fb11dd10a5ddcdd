// vitest's JUnit reporter, minus its closing "JUNIT report written to …" line, so that each test
// step's log ends with the default reporter's own summary ("Test Files …", "Tests …").
import { JUnitReporter, type Vitest } from 'vitest/node';

export default class QuietJUnitReporter extends JUnitReporter {
  override async onInit(ctx: Vitest): Promise<void> {
    const silentLogger = new Proxy(ctx.logger, {
      get: (logger, key) => (key === 'log' ? () => {} : Reflect.get(logger, key)),
    });
    await super.onInit(new Proxy(ctx, { get: (v, key) => (key === 'logger' ? silentLogger : Reflect.get(v, key)) }));
  }
}
