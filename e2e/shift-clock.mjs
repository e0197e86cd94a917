// Test-only: loaded into the server process with `node --import` (NODE_OPTIONS) to run it as if
// CARELOOP_E2E_CLOCK_OFFSET_MS had passed. Lets an e2e spec restart the server "days later" on the
// same data, so time-based sweeps run for real. Never part of the app or its build.
const offset = Number(process.env.CARELOOP_E2E_CLOCK_OFFSET_MS ?? 0);
if (offset) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
