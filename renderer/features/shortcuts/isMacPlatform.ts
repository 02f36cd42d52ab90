/** Whether the user is on macOS, where "mod" means Cmd. */
export function isMacPlatform(): boolean {
  return /mac/i.test(navigator.platform || navigator.userAgent);
}
