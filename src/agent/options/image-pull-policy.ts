/** When the kubelet pulls the NCP image. */
export enum ImagePullPolicy {
  /** Pull only when the node lacks the image: the vendor's choice, since the image is loaded from a tar file. */
  IF_NOT_PRESENT = 'IfNotPresent',
  /** Pull on every container start. */
  ALWAYS = 'Always',
  /** Never pull; the image must already be on the node. */
  NEVER = 'Never',
}
