// Entries of a binary git tree object: "<mode> <name>\0<raw oid>" repeated.

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

/** `oidBytes` is 20 in a SHA-1 repository and 32 in a SHA-256 one (half the hex length of the tree's own id). */
export function treeEntries(content: Buffer, oidBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let offset = 0;
  while (offset < content.length) {
    const space = content.indexOf(0x20, offset);
    const nul = space === -1 ? -1 : content.indexOf(0, space);
    if (nul === -1) break;
    entries.push({
      mode: content.subarray(offset, space).toString('latin1'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
    });
    offset = nul + 1 + oidBytes;
  }
  return entries;
}
