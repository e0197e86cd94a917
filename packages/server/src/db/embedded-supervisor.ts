import type { ChildProcess } from 'node:child_process';

export type DatabaseLostListener = (why: string) => void;

export interface PostmasterWatch {
  /** Called once if the postmaster exits while nobody asked it to stop. */
  onUnexpectedExit: (listener: DatabaseLostListener) => void;
}

/**
 * Keeps the embedded postmaster tied to this process: if it dies on its own the listeners hear of
 * it (the server then shuts down cleanly, for a supervisor or the user to restart), and if this
 * process exits without stopping it (a forced exit, an uncaught exception) it is told to shut
 * down rather than being left running as an orphan.
 */
export function watchPostmaster(child: ChildProcess, isStopping: () => boolean): PostmasterWatch {
  const listeners: DatabaseLostListener[] = [];
  const stopWithUs = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
  };
  process.on('exit', stopWithUs);
  child.once('exit', (code, signal) => {
    process.off('exit', stopWithUs);
    if (isStopping()) return;
    const why = signal ? `killed by ${signal}` : `exited with code ${code}`;
    for (const listener of listeners) listener(why);
  });
  return { onUnexpectedExit: (listener) => void listeners.push(listener) };
}
