/** The kind of host the node agent runs on (`[coe] node_type` in ncp.ini). */
export enum NodeType {
  /** A virtual machine: the vendor's default. */
  HOSTVM = 'HOSTVM',
  /** A bare-metal server that is an NSX transport node. */
  BAREMETAL = 'BAREMETAL',
}
