// What `lp` prints when CUPS takes a job: "request id is QUEUE-42 (1 file(s))". Its words are the
// same in every locale the kiosk sets (LANG=C), so a regular expression is enough.

export function parseLpRequestId(stdout: string): { jobId: string; jobNumber: number } | null {
  const match = /request id is (\S+)-(\d+) \(/.exec(stdout);
  if (!match) return null;
  return { jobId: `${match[1]}-${match[2]}`, jobNumber: Number(match[2]) };
}
