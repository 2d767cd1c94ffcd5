// A path inside a suggested command (`giaouoc validate "Văn bản 2027/giao-uoc.yaml"`), quoted so that the command
// works when pasted into bash, zsh, PowerShell or cmd — folders often have spaces and Vietnamese letters.

const PLAIN = /^[A-Za-z0-9_./:@%+=,-]+$/;

export function shellArg(value: string): string {
  if (PLAIN.test(value)) return value;
  return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}
