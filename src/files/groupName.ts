import { isUnread, readBounded } from "./readBounded.js";

/** /etc/group is a few kilobytes; one past this is not read to name a group. */
const groupFileLimit = 1024 * 1024;

/**
 * A group as a user reads it: `root (gid 0)`, its name from /etc/group where it is listed
 * there, else its number alone (`gid 1234`: Node has no getgrgid, and a group served by LDAP
 * or another NSS source is not in the file).
 */
export function groupWords(gid: number, groupFile = "/etc/group"): string {
  const bytes = process.platform === "win32" ? undefined : readBounded(groupFile, groupFileLimit);
  if (bytes === undefined || isUnread(bytes)) return `gid ${gid}`;
  const name = Buffer.from(bytes).toString("utf8").split("\n").map((line) => line.split(":")).find((fields) => fields.length >= 3 && fields[2] === String(gid))?.[0];
  return name === undefined || name === "" ? `gid ${gid}` : `${name} (gid ${gid})`;
}
