// npm runs a script under `sh -c`. A SIGTERM to npm reaches only that shell, which dies and leaves
// the script running (re-parented), holding the port and its PostgreSQL; a SIGKILL to npm leaves
// the shell too. So: send ourselves SIGTERM (a clean shutdown) when our parent changes (the shell
// died) or when the npm process is gone. npm shows itself as "npm start" (its process title) or
// as node running npm-cli.js.
import fs from 'node:fs';

function npmAncestor() {
  let pid = process.ppid;
  for (let depth = 0; depth < 4 && pid > 1; depth++) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (/(^|\/|\0)npm(-cli\.js)?([\0 ]|$)/.test(cmd) || cmd.includes('npm-cli.js')) return pid;
      pid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Under `npm start` only; elsewhere (a service manager, node directly) signals arrive as sent. */
export function exitWithNpm() {
  if (process.env.npm_lifecycle_event !== 'start') return;
  const npmPid = npmAncestor();
  const parentPid = process.ppid;
  const watch = setInterval(() => {
    let npmGone = false;
    if (npmPid) {
      try {
        process.kill(npmPid, 0);
      } catch {
        npmGone = true;
      }
    }
    if (npmGone || process.ppid !== parentPid) {
      clearInterval(watch);
      process.kill(process.pid, 'SIGTERM');
    }
  }, 500);
  watch.unref();
}
