/**
 * Lets a command-line tool end quietly when the reader of its standard output goes away (`| head -1`, a pager
 * quit early): the failed write (EPIPE) would otherwise be an unhandled 'error' event, a stack trace and exit
 * code 1. The tool's further lines are dropped, it finishes its work (a `resolve` still saves) and exits with
 * its own code. Any other write error is said in one line on standard error, and the exit code is 1.
 */
export function quietWhenOutputCloses(stream: NodeJS.WritableStream = process.stdout): {
  closed: () => boolean;
} {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    process.stderr.write(`cannot write the output: ${error.message}\n`);
    process.exitCode = 1;
  });
  return { closed: () => closed };
}
